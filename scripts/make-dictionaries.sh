#!/bin/sh
# Rebuilds resources/dictionaries/*.bdic, the spell-checking dictionaries the desktop app ships
# (Electron would otherwise download them from Google's CDN). Debian's hunspell packages give
# .dic/.aff files; Qt WebEngine's converter (Chromium's convert_dict) turns them into the .bdic
# files Chromium reads. Run as root on Debian: sh scripts/make-dictionaries.sh
#
# The names carry the version Chromium asks for (components/spellcheck/common/spellcheck_common.cc,
# kSpecialVersionString: en-GB and en-US are "-10-1" since 2022). After an Electron upgrade, check
# that table in its Chromium and rename if it changed: a file under another name is not found, and
# Chromium then tries the download URL the app sets (app://briefing/dictionaries/, not the network),
# which fails: that language is then not checked.
set -eu
cd "$(dirname "$0")/.."
apt-get install -y --no-install-recommends hunspell-en-gb hunspell-en-us qt6-webengine-dev-tools
convert=/usr/lib/qt6/libexec/qwebengine_convert_dict
out=resources/dictionaries
mkdir -p "$out"
"$convert" /usr/share/hunspell/en_GB.dic "$out/en-GB-10-1.bdic"
"$convert" /usr/share/hunspell/en_US.dic "$out/en-US-10-1.bdic"
ls -l "$out"
