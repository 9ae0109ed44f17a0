# One way to write the currency after an amount (issue 19): "1.234,56 kr", as
# domain.md §3 writes it, and only the formatting functions append it:
# format_kroner (src/domain/danish_format.cpp) and kroner (src/http/web/format.js).
# This check fails on "kr." in any line of code (comments aside), and on
# " kr" appended to a value by hand in any other file.
#   cmake -DFOLDERS="src;reports" -P one_currency_form.cmake
set(found "")
foreach(folder ${FOLDERS})
  file(GLOB_RECURSE sources ${folder}/*.cpp ${folder}/*.h ${folder}/*.js ${folder}/*.html)
  foreach(source ${sources})
    # "kr." as a word: the other form, in a label "(kr.)" or after an amount.
    file(STRINGS ${source} dotted ENCODING UTF-8 REGEX "(^|[^A-Za-zæøåÆØÅ])kr\\.")
    foreach(line ${dotted})
      if(NOT line MATCHES "^ *//")
        string(APPEND found "\n  ${source}: ${line}")
      endif()
    endforeach()
    if(source MATCHES "(src/domain/danish_format\\.cpp|src/http/web/format\\.js)$")
      continue()
    endif()
    # The unit appended by hand: + " kr", `${…} kr`.
    file(STRINGS ${source} appended ENCODING UTF-8 REGEX "(\\+ *\" kr[\" ]|} kr[^a-zæøå])")
    foreach(line ${appended})
      if(NOT line MATCHES "^ *//")
        string(APPEND found "\n  ${source}: ${line}")
      endif()
    endforeach()
  endforeach()
endforeach()
if(found)
  message(FATAL_ERROR "the currency is written another way than format_kroner / fmt.kroner (\"1.234,56 kr\"):${found}")
endif()
