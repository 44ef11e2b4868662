#!/bin/sh
# What Debian's dh_strip does to a program: no symbols, no .comment or .note.
exec strip --remove-section=.comment --remove-section=.note --strip-unneeded "$@"
