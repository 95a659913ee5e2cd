#ifndef LAMP_CYAML_SHIM_H
#define LAMP_CYAML_SHIM_H
#include <yaml.h>
#endif
