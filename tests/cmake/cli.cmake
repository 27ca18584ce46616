# The CLI suite runs the real executable as a child process: build it first.
if(TARGET test_cli AND TARGET daily-insights)
  add_dependencies(test_cli daily-insights)
endif()
