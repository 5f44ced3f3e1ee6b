"""Content packs: bundles built from a folder with a ``pack.yaml``, signed by their publisher with
Ed25519, that a clinic adds to its library from a USB stick (issue 14).

- ``manifest``: the pack's identity (``pack.yaml``, and the same rows in a bundle's ``meta``);
- ``keys``: publisher keys (make, write, read, key ids) and signatures (the only user of PyNaCl);
- ``seal``: stamping a built bundle with its pack rows, digest and signature;
- ``trust``: the user's and the machine's lists of trusted publisher keys;
- ``verify``: whether a bundle is a pack signed by a trusted key, unchanged since;
- ``install``: adding, listing and removing packs in a library folder.

Nothing here imports Qt; ``keys`` (and so PyNaCl) is loaded only where a signature is made or
checked, never on a start that has no pack to verify.
"""
