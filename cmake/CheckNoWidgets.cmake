# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when any file under SOURCE_DIR includes a Qt Widgets header or links Qt Widgets.
file(GLOB_RECURSE files ${SOURCE_DIR}/*.h ${SOURCE_DIR}/*.cpp ${SOURCE_DIR}/*.txt ${SOURCE_DIR}/*.cmake)
set(bad "")
foreach(f ${files})
    file(STRINGS ${f} hits REGEX "#include[ \t]*[<\"](QtWidgets|QWidget|QApplication|QMainWindow|QDialog|QMessageBox|QAbstractItemView)|Qt[0-9]*::Widgets|Qt[0-9]*Widgets")
    if(hits)
        list(APPEND bad "${f}: ${hits}")
    endif()
endforeach()
if(bad)
    string(REPLACE ";" "\n" bad "${bad}")
    message(FATAL_ERROR "app/ must not use Qt Widgets (STYLE.md):\n${bad}")
endif()
