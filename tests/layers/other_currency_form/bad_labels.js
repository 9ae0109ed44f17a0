// The currency check's own test: both forms it refuses (never built or served).
export const label = "Beløb (kr.)";
export const shown = (value) => `${value} kr`;
