# One way to write the currency after an amount (issue 19): "1.234,56 kr", as
# domain.md §3 writes it, and only the formatting functions append it:
# format_kroner (src/domain/danish_format.cpp) and kroner (src/http/web/format.js).
# This check fails on "kr." in any line of code (comments aside), and on
# " kr" appended to a value by hand in any other file.
#   cmake -DFOLDERS="src;reports" -P one_currency_form.cmake
set(found "")
# Every line of `source` matching `pattern` that is not a comment goes in `found`.
function(find_lines source pattern)
  file(STRINGS ${source} lines ENCODING UTF-8 REGEX "${pattern}")
  foreach(line ${lines})
    if(NOT line MATCHES "^ *//")
      string(APPEND found "\n  ${source}: ${line}")
    endif()
  endforeach()
  set(found "${found}" PARENT_SCOPE)
endfunction()

foreach(folder ${FOLDERS})
  file(GLOB_RECURSE sources ${folder}/*.cpp ${folder}/*.h ${folder}/*.js ${folder}/*.html)
  foreach(source ${sources})
    # "kr." as a word: the other form, in a label "(kr.)" or after an amount.
    find_lines(${source} "(^|[^A-Za-zæøåÆØÅ])kr\\.")
    # The unit appended by hand, + " kr" or `${…} kr`, outside the two formatters.
    if(NOT source MATCHES "(src/domain/danish_format\\.cpp|src/http/web/format\\.js)$")
      find_lines(${source} "(\\+ *\" kr[\" ]|} kr[^a-zæøå])")
    endif()
  endforeach()
endforeach()
if(found)
  message(FATAL_ERROR "the currency is written another way than format_kroner / fmt.kroner (\"1.234,56 kr\"):${found}")
endif()
