"""Character shingles as 32-bit hashes, computed for a whole text at once with numpy.

A shingle is :data:`SHINGLE` characters in a row; its hash is a polynomial over the code
points (wrapping at 2^64) finished with the MurmurHash3 mixer, so equal shingles give equal
hashes in every process and run (no Python ``hash()``, which is salted per process)."""
from __future__ import annotations

import numpy as np

#: characters in a row that make a shingle
SHINGLE = 8
_BASE = np.uint64(1_000_003)
_M1 = np.uint64(0xFF51AFD7ED558CCD)
_M2 = np.uint64(0xC4CEB9FE1A85EC53)
_S33 = np.uint64(33)
_S32 = np.uint64(32)


def shingle_hashes(chars: str, k: int = SHINGLE) -> np.ndarray:
    """``uint32`` hash of ``chars[i:i + k]`` for every ``i`` (empty when shorter than ``k``)."""
    n = len(chars) - k + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint32)
    codes = np.frombuffer(chars.encode("utf-32-le"), dtype="<u4").astype(np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * _BASE + codes[j:j + n]
        h ^= h >> _S33
        h *= _M1
        h ^= h >> _S33
        h *= _M2
        h ^= h >> _S33
    return (h >> _S32).astype(np.uint32)


__all__ = ["SHINGLE", "shingle_hashes"]
