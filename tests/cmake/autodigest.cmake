# The automatic digest's service and window tests talk to the CLI suite's
# OpenAI-compatible server (real wire format, in process).
foreach(_suite test_service test_ui)
  if(TARGET ${_suite})
    target_sources(${_suite} PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}/cli/FakeOpenAiServer.cpp"
                                     "${CMAKE_CURRENT_SOURCE_DIR}/cli/FakeOpenAiServer.h")
    target_include_directories(${_suite} PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}/cli")
  endif()
endforeach()
