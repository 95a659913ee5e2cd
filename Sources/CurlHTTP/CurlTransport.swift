import CCurl
import Foundation

// Placeholder: the libcurl transport is implemented here.
