#!/usr/bin/env bash
# The base of Waymark's image, made without any registry: a Java runtime cut down by jlink from the build's JDK 17,
# the shared libraries it needs (from the build machine, Debian), a non-root user and /tmp. Jib puts the application
# on top (pom.xml, jib-maven-plugin) and writes the image as a tar. Usage: rootfs.sh <directory>
set -euo pipefail
root=${1:?usage: rootfs.sh <directory>}
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
rm -rf "$root"
mkdir -p "$root/opt" "$root/etc" "$root/tmp" "$root/deployments"

"$java_home/bin/jlink" --module-path "$java_home/jmods" --output "$root/opt/java" \
  --add-modules java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.crypto.cryptoki,jdk.crypto.ec,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs \
  --strip-debug --no-header-files --no-man-pages --compress=2

# The trust store: Debian's JDK links it to the system's; the image carries the file itself.
rm -f "$root/opt/java/lib/security/cacerts"
cp -L "$java_home/lib/security/cacerts" "$root/opt/java/lib/security/cacerts"

# Every shared library the runtime loads, at the path the build machine has it.
# (Not those of the desktop's windows and sound, which a server never opens.)
find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) \
  -not -name libawt_xawt.so -not -name libsplashscreen.so -not -name libjsound.so -not -name libjawt.so -print0 \
  | xargs -0 ldd 2> /dev/null | grep -oE '/[^ ]+\.so[^ ]*' | sort -u | while read -r lib; do
    case "$lib" in "$root"/*) continue ;; esac
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
# glibc's loader, and the name-service modules it opens at run time.
for lib in /lib64/ld-linux-x86-64.so.2 /lib/x86_64-linux-gnu/libnss_dns.so.2 /lib/x86_64-linux-gnu/libnss_files.so.2; do
  [ -e "$lib" ] && mkdir -p "$root$(dirname "$lib")" && cp -L "$lib" "$root$lib"
done

printf 'root:x:0:0:root:/root:/sbin/nologin\nwaymark:x:185:185:Waymark:/deployments:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nwaymark:x:185:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"
echo "Image base in $root: $(du -sh "$root" | cut -f1)"
