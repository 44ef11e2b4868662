# What a Debian package of Schemawright installs, and how CPack builds it.
# packaging/build-deb.sh makes the package (from the build the tests run on, stripped);
# packaging/check-deb.sh checks it with lintian and installs it.
include(GNUInstallDirs)

# Man pages from the programs' own --help (help2man), so they never drift.
find_program(HELP2MAN help2man)
if(HELP2MAN)
    set(SW_MANPAGES)
    foreach(program schemawright-cli schemawright)
        if(program STREQUAL "schemawright" AND NOT SW_BUILD_GUI)
            continue()
        endif()
        set(help_option --help)
        set(name "PostgreSQL schema designer writing house-convention Alembic migrations")
        if(program STREQUAL "schemawright-cli")
            set(help_option --help-all)
            set(name "headless twin of the Schemawright designer: generate, lint, apply and check migrations")
        endif()
        add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/${program}.1.gz
            COMMAND ${CMAKE_COMMAND} -E env PATH=$<TARGET_FILE_DIR:${program}>:$ENV{PATH} LANG=C.UTF-8 LANGUAGE=en
                    ${HELP2MAN} --no-info --section=1 --help-option=${help_option} --name=${name} --output=${CMAKE_BINARY_DIR}/${program}.1 ${program}
            COMMAND gzip -9nf ${CMAKE_BINARY_DIR}/${program}.1
            DEPENDS ${program}
            COMMENT "Man page of ${program}"
            VERBATIM)
        list(APPEND SW_MANPAGES ${CMAKE_BINARY_DIR}/${program}.1.gz)
    endforeach()
    add_custom_target(manpages ALL DEPENDS ${SW_MANPAGES})
    install(FILES ${SW_MANPAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/schemawright)
# The guide Help → Documentation opens, with the contracts its links name.
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/schemawright)
file(GLOB SW_DOCS ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES ${SW_DOCS} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/schemawright/docs)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/changelog.gz
    COMMAND gzip -9nc ${CMAKE_CURRENT_LIST_DIR}/changelog > ${CMAKE_BINARY_DIR}/changelog.gz
    DEPENDS ${CMAKE_CURRENT_LIST_DIR}/changelog)
add_custom_target(changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/changelog.gz)
install(FILES ${CMAKE_BINARY_DIR}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/schemawright)

# The bundled example: a design and its Alembic environment.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/migrations/ DESTINATION ${CMAKE_INSTALL_DATADIR}/schemawright/examples
        FILES_MATCHING PATTERN "*.json" PATTERN "*.py" PATTERN "*.ini" PATTERN "*.mako" PATTERN "__pycache__" EXCLUDE)

if(SW_BUILD_GUI)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.schemawright.schemawright.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.schemawright.schemawright.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.schemawright.schemawright.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
            RENAME schemawright.xml)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/schemawright.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

set(CPACK_PACKAGE_NAME schemawright)
set(CPACK_PACKAGE_VENDOR "Schemawright")
set(CPACK_PACKAGE_CONTACT "Schemawright developers <dev@schemawright.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "PostgreSQL schema designer writing Alembic migrations")
set(CPACK_PACKAGE_DESCRIPTION "Schemawright designs PostgreSQL tables and writes the Alembic migration
each change needs under strict house rules: every table gets a history
table, a trigger function that copies rows into it, its triggers and an
updated_at trigger, and every upgrade its exact downgrade.
.
The package holds the Qt designer (schemawright) with a live migration
preview and a drift view, and its headless twin (schemawright-cli) that
generates, lints, applies and checks migrations in scripts and CI.")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://schemawright.example.org/")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# What the programs call: alembic (with psycopg2) for migrations that are more
# than SQL; pg_dump and initdb for verify's throwaway server.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "alembic, python3-psycopg2, postgresql-client")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
