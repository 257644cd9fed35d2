# SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
# SPDX-License-Identifier: MIT
# CPack pre-build script: after CPACK_STRIP_FILES has stripped the staged executables, also drop
# the .comment and .note sections, as Debian's dh_strip does (lintian: binary-has-unneeded-section).
file(GLOB _executables LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/usr/bin/*")
if(NOT _executables)
    message(FATAL_ERROR "No executable staged in ${CPACK_TEMPORARY_INSTALL_DIRECTORY}/usr/bin")
endif()
foreach(_exe IN LISTS _executables)
    execute_process(
        COMMAND "${CPACK_RTE_STRIP}" --remove-section=.comment --remove-section=.note "${_exe}"
        RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "Could not strip ${_exe}")
    endif()
endforeach()
