// Said after every export, where the user is looking: the file left the vault's encryption behind.
export const UNENCRYPTED = 'It is not encrypted: keep it somewhere only you can reach.';
