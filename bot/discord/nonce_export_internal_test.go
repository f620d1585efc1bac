package discord

// NonceFor is the nonce of the n-th message a send under key carries, for
// tests outside the package that tell which job a message came from.
var NonceFor = nonce
