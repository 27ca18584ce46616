# `cmake --build <dir> --target screenshots` (not part of `all`): runs the app
# under Xvfb on fresh demo profiles and saves PNGs of the main window, the
# "All" page with the briefing (briefing.png), the chart panel (bars, pie,
# trend) and the settings dialog into <build>/screenshots/<lang>-<size>, for
# the English and Korean UI at 1440x900 and 1024x640 (the window fills the
# screen). See ui/ScreenshotRunner. Nothing is copied into the source tree.
find_program(DI_XVFB_RUN xvfb-run)
if(DI_XVFB_RUN)
  set(_shots "${CMAKE_BINARY_DIR}/screenshots")
  set(_commands COMMAND ${CMAKE_COMMAND} -E rm -rf "${_shots}"
                COMMAND ${CMAKE_COMMAND} -E make_directory "${_shots}/home")
  foreach(_size 1440x900 1024x640)
    foreach(_lang en ko)
      set(_name "${_lang}-${_size}")
      list(APPEND _commands
           COMMAND ${CMAKE_COMMAND} -E env "HOME=${_shots}/home" QT_QPA_PLATFORM=xcb
                   ${DI_XVFB_RUN} -a -s "-screen 0 ${_size}x24" $<TARGET_FILE:daily-insights>
                   --demo --ui-language=${_lang} --profile "${_shots}/profile-${_name}" --screenshot "${_shots}/${_name}")
    endforeach()
  endforeach()
  add_custom_target(screenshots ${_commands}
    DEPENDS daily-insights
    WORKING_DIRECTORY "${CMAKE_BINARY_DIR}"
    COMMENT "Screenshots of the demo profile into ${_shots}"
    VERBATIM)
endif()
