# `cmake --build <dir> --target screenshots` (not part of `all`): runs the app
# under Xvfb on fresh demo profiles and saves PNGs of the main window, the
# "All" page with the briefing (briefing.png), the chart panel (bars, pie,
# trend) and the settings dialog into
# <build>/screenshots (English UI) and <build>/screenshots/ko (Korean UI).
# See ui/ScreenshotRunner. Nothing is copied into the source tree.
find_program(DI_XVFB_RUN xvfb-run)
if(DI_XVFB_RUN)
  set(_shots "${CMAKE_BINARY_DIR}/screenshots")
  set(_run ${CMAKE_COMMAND} -E env "HOME=${_shots}/home" QT_QPA_PLATFORM=xcb
           ${DI_XVFB_RUN} -a -s "-screen 0 1400x900x24" $<TARGET_FILE:daily-insights>)
  add_custom_target(screenshots
    COMMAND ${CMAKE_COMMAND} -E rm -rf "${_shots}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${_shots}/home"
    COMMAND ${_run} --demo --ui-language=en --profile "${_shots}/profile-en" --screenshot "${_shots}"
    COMMAND ${_run} --demo --ui-language=ko --profile "${_shots}/profile-ko" --screenshot "${_shots}/ko"
    DEPENDS daily-insights
    WORKING_DIRECTORY "${CMAKE_BINARY_DIR}"
    COMMENT "Screenshots of the demo profile into ${_shots}"
    VERBATIM)
endif()
