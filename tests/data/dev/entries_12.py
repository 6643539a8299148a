"""Dev-set entries, batch 12 (git over HTTPS to GitHub broken mid-TLS). `err` is verbatim from the source (a GitHub
thread found with the search tool's `issues` corpus)."""
# ruff: noqa: E501
# fmt: off

from __future__ import annotations

from typing import Any

from tests.data.dev.common import e, github_source


def src(ref: str) -> str:
    return github_source(ref)


def tls(ref: str, err: str, **kw: Any) -> dict[str, Any]:
    return e("net_git", src(ref), "connectivity", "connectivity.reset", True, "service", "github.com", "raw", err, **kw)


E = [
    tls("actions/checkout#1411", "Error: fatal: unable to access 'https://github.com/xxx/xxx/': gnutls_handshake() failed: Error in the pull function.",
        head=["Run actions/checkout@v3"], raw_is_log=True),
    tls("oobabooga/textgen#4353",
        "git clone https://github.com/oobabooga/text-generation-webui\n\nfatal: unable to access 'https://github.com/oobabooga/text-generation-webui/': gnutls_handshake() failed: Error in the pull function."),
    tls("orbbec/OpenNI2#7",
        "Cloning into 'OpenNI2'...\nfatal: unable to access 'https://github.com/orbbec/OpenNI2.git/': gnutls_handshake() failed: The TLS connection was non-properly terminated.",
        cmd="git clone https://github.com/orbbec/OpenNI2.git"),
    tls("davisking/dlib#1273",
        "Cloning into 'dlib'...\nfatal: unable to access 'https://github.com/davisking/dlib.git/': GnuTLS recv error (-54): Error in the pull function.",
        cmd="git clone -b 'v19.6' --single-branch https://github.com/davisking/dlib.git dlib/"),
    tls("haveno-dex/haveno#71",
        "Cloning into 'haveno'...\nremote: Enumerating objects: 268676, done.\nremote: Counting objects: 100% (286/286), done.\nremote: Compressing objects: 100% (200/200), done.\nerror: RPC failed; curl 56 GnuTLS recv error (-54): Error in the pull function.\nfatal: the remote end hung up unexpectedly\nfatal: early EOF\nfatal: index-pack failed",
        cmd="git clone https://github.com/haveno-dex/haveno.git"),
    tls("kata-containers/tests#4307", "error: RPC failed; curl 56 OpenSSL SSL_read: Connection reset by peer, errno 104",
        cmd="git clone https://github.com/kata-containers/kata-containers"),
]
