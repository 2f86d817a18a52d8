// Loads ICU's locale data while the window's code is still downloading: the first Intl formatter a new renderer
// makes costs 40 ms of CPU (several times that on a loaded machine), and Today's status line needs one. A classic
// async script, so it runs as soon as it is here, before the module graph; main.tsx then makes its formatters at
// once. Nothing depends on it: if it does not load, main.tsx pays the cost itself.
new Intl.NumberFormat(navigator.language, { maximumFractionDigits: 1 }).format(0);
