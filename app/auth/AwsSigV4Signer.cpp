#include "AwsSigV4Signer.h"
// Implemented by the signer work; placeholder so the tree configures.
