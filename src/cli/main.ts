// The `partyinfo` command line (Node only).
