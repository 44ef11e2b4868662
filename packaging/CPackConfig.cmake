# `cpack -G DEB` in the build folder makes a Debian package of the app and the CLI.
set(CPACK_PACKAGE_NAME schemawright)
set(CPACK_PACKAGE_VENDOR "Schemawright")
set(CPACK_PACKAGE_CONTACT "Schemawright developers <dev@schemawright.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "alembic, python3-psycopg2, postgresql-15")
include(CPack)

install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.schemawright.Schemawright.desktop DESTINATION share/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.schemawright.Schemawright.metainfo.xml DESTINATION share/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/schemawright.svg
        DESTINATION share/icons/hicolor/scalable/apps)
