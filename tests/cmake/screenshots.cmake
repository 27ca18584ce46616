# `cmake --build <dir> --target screenshots`: runs the app on a fresh demo
# profile under Xvfb and saves PNGs of the main window, the chart panel and
# the settings dialog into <build>/screenshots (see ui/ScreenshotRunner).
find_program(DI_XVFB_RUN xvfb-run)
if(DI_XVFB_RUN)
  set(_shots "${CMAKE_BINARY_DIR}/screenshots")
  add_custom_target(screenshots
    COMMAND ${CMAKE_COMMAND} -E rm -rf "${_shots}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${_shots}/home"
    COMMAND ${CMAKE_COMMAND} -E env "HOME=${_shots}/home" QT_QPA_PLATFORM=xcb
            ${DI_XVFB_RUN} -a -s "-screen 0 1400x900x24"
            $<TARGET_FILE:daily-insights> --demo --profile "${_shots}/profile" --screenshot "${_shots}"
    DEPENDS daily-insights
    WORKING_DIRECTORY "${CMAKE_BINARY_DIR}"
    COMMENT "Screenshots of the demo profile into ${_shots}"
    VERBATIM)
endif()
