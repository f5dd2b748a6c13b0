// Node-only entry point `partyinfo/io`: spreadsheets in and out.
export {};
