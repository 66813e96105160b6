#!/usr/bin/env bash
# ensure_packages NAME PACKAGE...: installs the Debian packages that are missing (as root, with
# apt-get), or prints the apt-get line to run and exits. Sourced by the scripts that need packages.
ensure_packages() {
  local name="$1" p
  shift
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  if [[ $(id -u) -eq 0 ]]; then
    echo "$name: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "$name: missing packages. Run as root:" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
}
