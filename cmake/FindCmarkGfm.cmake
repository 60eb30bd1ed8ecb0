# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Finds cmark-gfm (the reference GitHub-flavoured Markdown parser) with its extensions library,
# used by the tests to parse exports. Defines CmarkGfm_FOUND and the target CmarkGfm::CmarkGfm.
#
# Debian 12's libcmark-gfm-dev ships libcmark-gfm.so and cmark-gfm.h but neither the unversioned
# libcmark-gfm-extensions.so link nor cmark-gfm-core-extensions.h, so the versioned library is
# accepted too; the one function needed from that header is declared by the code that uses it.
# Include <cmark-gfm/cmark-gfm-extension_api.h> by that path: the cmark-gfm/ folder holds
# private headers with generic names (config.h, buffer.h) that must not be on the include path.
find_path(CmarkGfm_INCLUDE_DIR cmark-gfm.h)
find_path(CmarkGfm_EXTENSION_API_DIR cmark-gfm/cmark-gfm-extension_api.h)
find_library(CmarkGfm_LIBRARY NAMES cmark-gfm)
find_library(CmarkGfm_EXTENSIONS_LIBRARY NAMES cmark-gfm-extensions)
if(NOT CmarkGfm_EXTENSIONS_LIBRARY AND CmarkGfm_LIBRARY)
    get_filename_component(_cmark_dir ${CmarkGfm_LIBRARY} DIRECTORY)
    file(GLOB _cmark_ext ${_cmark_dir}/libcmark-gfm-extensions.so.*)
    if(_cmark_ext)
        list(GET _cmark_ext 0 _cmark_first)
        set(CmarkGfm_EXTENSIONS_LIBRARY ${_cmark_first} CACHE FILEPATH "cmark-gfm extensions library" FORCE)
    endif()
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(CmarkGfm
    REQUIRED_VARS CmarkGfm_LIBRARY CmarkGfm_EXTENSIONS_LIBRARY CmarkGfm_INCLUDE_DIR CmarkGfm_EXTENSION_API_DIR)

if(CmarkGfm_FOUND AND NOT TARGET CmarkGfm::CmarkGfm)
    add_library(CmarkGfm::CmarkGfm INTERFACE IMPORTED)
    set_target_properties(CmarkGfm::CmarkGfm PROPERTIES
        INTERFACE_INCLUDE_DIRECTORIES "${CmarkGfm_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES "${CmarkGfm_EXTENSIONS_LIBRARY};${CmarkGfm_LIBRARY}")
endif()
mark_as_advanced(CmarkGfm_INCLUDE_DIR CmarkGfm_EXTENSION_API_DIR CmarkGfm_LIBRARY CmarkGfm_EXTENSIONS_LIBRARY)
