// Planted for the check "refusals: the check finds a bare text": never compiled.
void refuse_planted(int hours) {
    if (hours < 0)
        throw ValidationError("hours",
                              "must not be negative");
}
