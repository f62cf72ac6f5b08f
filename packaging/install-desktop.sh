#!/bin/sh
# Install Pizhu's desktop integration for the current user (freedesktop.org desktops: GNOME,
# KDE, Xfce, …): the menu entry, the icon at every size, the annotation file type, and the
# AppStream metadata.  Nothing outside $XDG_DATA_HOME (~/.local/share) is touched.
#
#   sh packaging/install-desktop.sh [--exec /path/to/pizhu]   install (or update)
#   sh packaging/install-desktop.sh --uninstall               remove what install wrote
#
# The menu entry runs the `pizhu` found on PATH (or beside this script, in a frozen build),
# written as an absolute path so it works whatever PATH the desktop session has.
set -eu

APP_ID=io.github.pizhu.Pizhu
ICON_SIZES="16 22 24 32 48 64 128 256 512"
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}

fail() { echo "install-desktop: $*" >&2; exit 1; }

# Where the files are: packaging/linux and resources/icons in a source tree, linux/ and
# icons/ beside this script in a frozen build.
LINUX_DIR=$HERE/linux
if [ -d "$HERE/icons" ]; then ICON_DIR=$HERE/icons; else ICON_DIR=$HERE/../resources/icons; fi
[ -f "$LINUX_DIR/$APP_ID.desktop" ] || fail "$LINUX_DIR/$APP_ID.desktop not found"
[ -f "$ICON_DIR/pizhu.svg" ] || fail "$ICON_DIR/pizhu.svg not found"

refresh() {
    # Each cache is optional: desktops without the tool read the files directly.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA/applications" || true
    fi
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$DATA/mime" >/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" || true
    fi
}

uninstall() {
    rm -f "$DATA/applications/$APP_ID.desktop" \
          "$DATA/metainfo/$APP_ID.metainfo.xml" \
          "$DATA/mime/packages/$APP_ID.xml" \
          "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $ICON_SIZES; do
        rm -f "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    refresh
    echo "Pizhu's desktop integration removed from $DATA"
}

install_files() {
    exec_path=$1
    mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/mime/packages" "$DATA/icons/hicolor/scalable/apps"
    # The entry with the absolute command, quoted as the Desktop Entry spec asks (a backslash
    # is escaped twice, '"', '`' and '$' once, '%' doubled).  The entry has one group, so the
    # two keys may go at its end.
    quoted=$(printf '%s' "$exec_path" | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\&/g' -e 's/%/%%/g')
    {
        grep -v -e '^Exec=' -e '^TryExec=' "$LINUX_DIR/$APP_ID.desktop"
        printf 'Exec="%s" %%f\n' "$quoted"
        printf 'TryExec=%s\n' "$exec_path"
    } > "$DATA/applications/$APP_ID.desktop"
    cp "$LINUX_DIR/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
    cp "$LINUX_DIR/$APP_ID.xml" "$DATA/mime/packages/$APP_ID.xml"
    cp "$ICON_DIR/pizhu.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $ICON_SIZES; do
        mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
        cp "$ICON_DIR/pizhu-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    refresh
    echo "Pizhu installed in $DATA (menu entry runs $exec_path)"
}

exec_path=""
action=install
while [ $# -gt 0 ]; do
    case $1 in
        --uninstall) action=uninstall ;;
        --exec) [ $# -ge 2 ] || fail "--exec needs the path of the pizhu command"; exec_path=$2; shift ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) fail "unknown argument '$1' (see --help)" ;;
    esac
    shift
done

if [ "$action" = uninstall ]; then
    uninstall
    exit 0
fi
if [ -z "$exec_path" ]; then
    if [ -x "$HERE/pizhu" ] && [ ! -d "$HERE/pizhu" ]; then
        exec_path=$HERE/pizhu
    elif command -v pizhu >/dev/null 2>&1; then
        exec_path=$(command -v pizhu)
    else
        fail "pizhu is not on PATH; pass --exec /path/to/pizhu (e.g. .venv/bin/pizhu)"
    fi
fi
case $exec_path in
    /*) ;;
    *) exec_path=$(cd "$(dirname "$exec_path")" && pwd)/$(basename "$exec_path") ;;
esac
[ -x "$exec_path" ] || fail "$exec_path is not an executable"
install_files "$exec_path"
