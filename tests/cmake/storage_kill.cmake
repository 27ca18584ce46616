# The SIGKILL test's helper: ingests batches forever until killed. The
# storage suite starts it with QProcess, kills it and checks the database.
add_executable(storage_killer "${CMAKE_CURRENT_SOURCE_DIR}/storage_killer/killer_main.cpp")
target_compile_options(storage_killer PRIVATE ${DI_WARNINGS})
target_link_libraries(storage_killer PRIVATE di_storage)
if(TARGET test_storage)
  add_dependencies(test_storage storage_killer)
  target_compile_definitions(test_storage PRIVATE
    DI_STORAGE_KILLER="$<TARGET_FILE:storage_killer>")
endif()
if(TARGET test_search)
  add_dependencies(test_search storage_killer)
  target_compile_definitions(test_search PRIVATE
    DI_STORAGE_KILLER="$<TARGET_FILE:storage_killer>")
endif()
