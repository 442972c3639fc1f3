#!/usr/bin/env sh
# Checks the system libraries Qt needs on Debian/Ubuntu and installs the
# missing ones when it can (root with apt-get); otherwise names the command.
#   installer/check-system.sh            for the desktop (xcb) platform
#   installer/check-system.sh offscreen  for tests and --selftest (no display)
#   installer/check-system.sh gui        for the real-window tests (tests/gui): the desktop's
#                                        libraries, Xvfb, xdotool, ImageMagick, D-Bus and AT-SPI;
#                                        and Dovecot, the IMAP server the mailbox tests start;
#                                        and iptables, with which the dead-link tests cut a connection;
#                                        never fails: without them those tests skip (in CI they fail)
set -u
mode=${1:-desktop}

# library file -> Debian package
libs="libEGL.so.1:libegl1 libGL.so.1:libgl1 libfontconfig.so.1:libfontconfig1 libxkbcommon.so.0:libxkbcommon0 libdbus-1.so.3:libdbus-1-3 libglib-2.0.so.0:libglib2.0-0"
if [ "$mode" = desktop ] || [ "$mode" = gui ]; then
  libs="$libs libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1"
  libs="$libs libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0"
  libs="$libs libxcb-shape.so.0:libxcb-shape0 libxcb-xinerama.so.0:libxcb-xinerama0 libxcb-randr.so.0:libxcb-randr0 libX11-xcb.so.1:libx11-xcb1"
fi

if ! command -v ldconfig >/dev/null 2>&1 && [ ! -x /sbin/ldconfig ]; then
  exit 0  # not a glibc Linux (macOS, Windows): Qt's wheels bring what they need
fi
LDCONFIG=$(command -v ldconfig || echo /sbin/ldconfig)
known=$($LDCONFIG -p 2>/dev/null)
missing=""
for pair in $libs; do
  lib=${pair%%:*}; pkg=${pair#*:}
  echo "$known" | grep -q "$lib" || missing="$missing $pkg"
done
if [ "$mode" = gui ]; then
  # program or file -> Debian package
  for pair in Xvfb:xvfb xdotool:xdotool import:imagemagick dbus-daemon:dbus dbus-send:dbus \
              /usr/libexec/at-spi-bus-launcher:at-spi2-core /usr/lib/python3/dist-packages/pyatspi:python3-pyatspi \
              /usr/sbin/dovecot:dovecot-imapd /usr/sbin/iptables:iptables; do
    what=${pair%%:*}; pkg=${pair#*:}
    case $what in
      /*) [ -e "$what" ] || missing="$missing $pkg" ;;
      *) command -v "$what" >/dev/null 2>&1 || missing="$missing $pkg" ;;
    esac
  done
fi
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the system libraries Qt needs:$missing"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null; } \
    || { echo "Could not install:$missing"; [ "$mode" = gui ] && exit 0; exit 1; }
  exit 0
fi
if [ "$mode" = gui ]; then
  echo "The real-window tests (tests/gui) need:$missing; they skip without them."
  echo "Install them with:  sudo apt-get install -y$missing"
  exit 0
fi
echo "Qt needs these system libraries, which are missing:$missing"
echo "Install them with:  sudo apt-get install -y$missing"
exit 1
