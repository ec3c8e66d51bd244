# SPDX-FileCopyrightText: 2026 IRQ Scope authors
# SPDX-License-Identifier: GPL-2.0-or-later

# cmake -DVALIDATOR=<desktop-file-validate or empty> -DFILE=<.desktop> -P desktopfilevalidate.cmake
#
# desktop-file-validate exits 0 on warnings and hints; this test fails on them too (the file has none,
# and a hint such as "no registered main category" hides the application in menus).
# A missing validator is a failure, not a skip: CI installs desktop-file-utils (.ci/install-deps).

if(NOT VALIDATOR)
    message(FATAL_ERROR "desktop-file-validate not found: install desktop-file-utils (.ci/install-deps does)")
endif()

execute_process(COMMAND ${VALIDATOR} --warn-kde ${FILE}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(output)
    message("${output}")
endif()
if(NOT result EQUAL 0)
    message(FATAL_ERROR "desktop-file-validate failed (exit ${result}) on ${FILE}")
endif()
if(output MATCHES "(error|warning|hint): ")
    message(FATAL_ERROR "desktop-file-validate reported warnings or hints on ${FILE}")
endif()
