# The front ends (src/http, src/cli) call the store only through the app
# layer. The include roots (CMakeLists.txt) keep every store header out of
# their reach but those the app layer's headers name; this check keeps them
# from calling the functions those headers declare as well: a call spelled
# store::some_function( in a front end's source fails it. The one exception
# is parse_connection: which database a connection string names (the CLI's
# folder for a new SQLite file, its session file's name).
#   cmake -DFOLDERS="src/http;src/cli" -P front_ends_call_app.cmake
set(found "")
foreach(folder ${FOLDERS})
  file(GLOB_RECURSE sources ${folder}/*.cpp ${folder}/*.h)
  foreach(source ${sources})
    file(STRINGS ${source} lines REGEX "store::[a-z_]+ *\\(")
    foreach(line ${lines})
      if(line MATCHES "^ *//")
        continue()
      endif()
      string(REGEX REPLACE "store::parse_connection *\\(" "" rest "${line}")
      if(rest MATCHES "store::[a-z_]+ *\\(")
        string(APPEND found "\n  ${source}: ${line}")
      endif()
    endforeach()
  endforeach()
endforeach()
if(found)
  message(FATAL_ERROR "a front end calls the store directly (call the app layer instead):${found}")
endif()
