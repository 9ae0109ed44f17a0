# Every refusal people read comes from the one catalogue (src/domain/messages.h,
# issue 19): a stable code, a Danish and an English text. This check fails on a
# refusal thrown with a bare string, "throw ValidationError(field, \"text\")",
# in the folders given; the statement is read to its ";" so a text on the next
# line is found too. A justified exception (an internal invariant, a text with
# its own stable code kept for compatibility) is listed with its reason in
# tests/layers/uncatalogued_refusals.txt as "path: a piece of the statement".
#   cmake -DFOLDERS="src/app;src/domain;src/http;src/store" -P catalogued_refusals.cmake
set(allowed "")
file(STRINGS ${CMAKE_CURRENT_LIST_DIR}/uncatalogued_refusals.txt allow_lines ENCODING UTF-8)
foreach(line ${allow_lines})
  if(line MATCHES "^([^ #][^:]*): (.+)$")
    list(APPEND allowed "${CMAKE_MATCH_1}|${CMAKE_MATCH_2}")
  endif()
endforeach()

string(ASCII 1 end_mark)  # stands for ";" so that CMake's lists leave statements whole
set(found "")
foreach(folder ${FOLDERS})
  file(GLOB_RECURSE sources RELATIVE ${CMAKE_SOURCE_DIR} ${folder}/*.cpp ${folder}/*.h)
  foreach(source ${sources})
    file(READ ${CMAKE_SOURCE_DIR}/${source} text)
    string(REPLACE ";" "${end_mark}" text "${text}")
    string(REGEX REPLACE "//[^\n]*" "" text "${text}")  # comments name refusals too
    string(REGEX MATCHALL "(ValidationError|NotFound|Conflict|Forbidden|UsageError)\\([^${end_mark}]*" calls "${text}")
    foreach(call ${calls})
      string(REGEX REPLACE "[ \n]+" " " call "${call}")
      # The text is what follows the field (the first argument of two or more):
      # a string literal there, outside a Message{…}, is a text of its own.
      string(REGEX REPLACE "^[A-Za-z]+\\(([^,(]|\\([^)]*\\))*," "" said "${call}")
      if(said MATCHES "\"" AND NOT call MATCHES "Message{")
        set(excused FALSE)
        foreach(entry ${allowed})
          string(REPLACE "|" ";" pair "${entry}")
          list(GET pair 0 path)
          list(GET pair 1 piece)
          string(FIND "${call}" "${piece}" at)
          if(path STREQUAL source AND at GREATER -1)
            set(excused TRUE)
          endif()
        endforeach()
        if(NOT excused)
          string(APPEND found "\n  ${source}: ${call}")
        endif()
      endif()
    endforeach()
  endforeach()
endforeach()
if(found)
  message(FATAL_ERROR "a refusal with a bare text instead of a catalogue entry (domain/messages.h: code, Danish, English):${found}")
endif()
