# `daily-insights key ...` end to end against a real Secret Service, the same
# way keychain.cmake tests the store itself.
find_program(DBUS_RUN_SESSION dbus-run-session)
find_program(GNOME_KEYRING_DAEMON gnome-keyring-daemon)
find_program(SECRET_TOOL secret-tool)
if(DBUS_RUN_SESSION AND GNOME_KEYRING_DAEMON AND SECRET_TOOL)
  set(_home "${CMAKE_CURRENT_BINARY_DIR}/cli-key-home")
  file(MAKE_DIRECTORY "${_home}")
  add_test(NAME cli_key_keychain COMMAND ${DBUS_RUN_SESSION} -- sh -c
    "echo -n ci-pass | ${GNOME_KEYRING_DAEMON} --unlock --components=secrets --daemonize >/dev/null && exec sh \"$0\" \"$1\" \"$2\""
    "${CMAKE_CURRENT_SOURCE_DIR}/cli/key_roundtrip.sh" $<TARGET_FILE:daily-insights> "${CMAKE_CURRENT_BINARY_DIR}/cli-key-work")
  set_tests_properties(cli_key_keychain PROPERTIES
    ENVIRONMENT "HOME=${_home};QT_QPA_PLATFORM=offscreen;XDG_CONFIG_HOME=${_home}/.config;XDG_DATA_HOME=${_home}/.local/share"
    LABELS "cli;keychain" TIMEOUT 120)
else()
  message(STATUS "cli_key_keychain test skipped: dbus-run-session, gnome-keyring-daemon or secret-tool not found")
endif()
