# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake --install into a temporary DESTDIR, then check that every file a desktop needs is in
# place and valid (issue 9). Run by ctest as:
#   cmake -DSOURCE_DIR=... -DBUILD_DIR=... -DSTAGE=... -DDESKTOP_FILE_VALIDATE=... -DAPPSTREAMCLI=... -P check_install.cmake
foreach(var SOURCE_DIR BUILD_DIR STAGE DESKTOP_FILE_VALIDATE APPSTREAMCLI)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_install.cmake: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${STAGE}")
set(ENV{DESTDIR} "${STAGE}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix /usr
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}")
endif()
set(root "${STAGE}/usr")

set(missing "")
set(expected
    bin/byline
    share/applications/org.byline.Byline.desktop
    share/metainfo/org.byline.Byline.metainfo.xml
    share/icons/hicolor/scalable/apps/org.byline.Byline.svg)
# One compiled catalogue for every translations/byline_<lang>.ts.
file(GLOB tsFiles RELATIVE "${SOURCE_DIR}/translations" "${SOURCE_DIR}/translations/byline_*.ts")
if(NOT tsFiles)
    message(FATAL_ERROR "No translations/byline_*.ts under ${SOURCE_DIR}")
endif()
foreach(ts IN LISTS tsFiles)
    string(REGEX REPLACE "\\.ts$" ".qm" qm "${ts}")
    list(APPEND expected share/byline/translations/${qm})
endforeach()
foreach(f IN LISTS expected)
    if(NOT EXISTS "${root}/${f}")
        string(APPEND missing "  ${f}\n")
    endif()
endforeach()
if(missing)
    file(GLOB_RECURSE installed RELATIVE "${STAGE}" "${STAGE}/*")
    string(REPLACE ";" "\n  " installed "${installed}")
    message(FATAL_ERROR "Not installed:\n${missing}Installed:\n  ${installed}")
endif()

# The binary must be executable and run from where it was installed.
set(ENV{QT_QPA_PLATFORM} offscreen)
execute_process(COMMAND "${root}/bin/byline" --version RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^byline ")
    message(FATAL_ERROR "installed byline --version failed (${rc}): ${out}${err}")
endif()

# The installed desktop file opens articles of every kind the loaders read and byline:// links.
# (file(READ), not file(STRINGS): the latter escapes the semicolons of the MimeType list)
file(READ "${root}/share/applications/org.byline.Byline.desktop" desktop)
string(REGEX MATCH "\nMimeType=[^\n]*" mimeLine "${desktop}")
foreach(type text/plain text/markdown text/html application/pdf x-scheme-handler/byline)
    if(NOT mimeLine MATCHES "[=;]${type};")
        message(FATAL_ERROR "The desktop file does not declare ${type}: ${mimeLine}")
    endif()
endforeach()
if(NOT desktop MATCHES "\nIcon=org\\.byline\\.Byline\n")
    message(FATAL_ERROR "The desktop file's icon is not the installed org.byline.Byline")
endif()

# The metainfo names its screenshots, and both files validate as installed.
file(READ "${root}/share/metainfo/org.byline.Byline.metainfo.xml" metainfo)
string(REGEX MATCHALL "<image[^>]*>[^<]+</image>" images "${metainfo}")
list(LENGTH images imageCount)
if(imageCount LESS 2)
    message(FATAL_ERROR "The metainfo should show at least two screenshots, found ${imageCount}")
endif()
# Each image is the committed file of the same path, published under the homepage.
foreach(image IN LISTS images)
    string(REGEX REPLACE "<image[^>]*>([^<]+)</image>" "\\1" url "${image}")
    if(NOT url MATCHES "^https://example\\.org/byline/(resources/screenshots/[^/]+\\.png)$")
        message(FATAL_ERROR "Screenshot ${url} is not a committed image under https://example.org/byline/resources/screenshots/")
    endif()
    if(NOT EXISTS "${SOURCE_DIR}/${CMAKE_MATCH_1}")
        message(FATAL_ERROR "Screenshot ${url}: ${CMAKE_MATCH_1} is not in the source tree")
    endif()
endforeach()
execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} "${root}/share/applications/org.byline.Byline.desktop"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "desktop-file-validate on the installed file failed:\n${out}")
endif()
execute_process(COMMAND ${APPSTREAMCLI} validate --no-net --pedantic "${root}/share/metainfo/org.byline.Byline.metainfo.xml"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate on the installed file failed:\n${out}")
endif()
file(REMOVE_RECURSE "${STAGE}")
message(STATUS "Installed and valid: ${expected}")
