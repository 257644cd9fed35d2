#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
# SPDX-License-Identifier: MIT
# Renders the committed hicolor PNGs from the SVG sources. Run it by hand after editing an SVG;
# the build does not run it, so building needs no SVG renderer.
#   16 px        <- src/io.github.replytaskeditor.TaskEditor-16.svg (hand-fitted to the pixel grid)
#   22..512 px   <- io.github.replytaskeditor.TaskEditor.svg
set -eu
cd "$(dirname "$0")"
id=io.github.replytaskeditor.TaskEditor

render() { # <svg> <size> <png>
    if command -v rsvg-convert >/dev/null 2>&1; then
        rsvg-convert --width "$2" --height "$2" --output "$3" "$1"
    else
        # ImageMagick: density is 72 dpi per 1x of the SVG's own size.
        native=$(sed -n 's/.*viewBox="0 0 \([0-9]*\) .*/\1/p' "$1" | head -n 1)
        convert -background none -density "$((72 * $2 / native))" "$1" -resize "$2x$2" -strip "PNG32:$3"
    fi
}

for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    src=$id.svg
    [ "$size" -eq 16 ] && src=src/$id-16.svg
    render "$src" "$size" "hicolor/${size}x${size}/apps/$id.png"
    echo "hicolor/${size}x${size}/apps/$id.png"
done
