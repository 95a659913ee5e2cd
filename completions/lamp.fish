function __lamp_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __lamp_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __lamp_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __lamp_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __lamp_parse_tokens -S
    set -l unparsed_tokens (__lamp_tokens -pc)
    switch $unparsed_tokens[1]
    case 'lamp'
        __lamp_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'version'
            __lamp_parse_subcommand 0 'kubeconfig=' 'context=' 'cluster=' 'user=' 'n/namespace=' 's/server=' 'token=' 'certificate-authority=' 'client-certificate=' 'client-key=' 'tls-server-name=' 'insecure-skip-tls-verify' 'as=' 'as-group=+' 'as-uid=' 'request-timeout=' 'v/v=' 'client' 'o/output=' 'version' 'h/help'
        case 'contexts'
            __lamp_parse_subcommand 0 'kubeconfig=' 'context=' 'cluster=' 'user=' 'n/namespace=' 's/server=' 'token=' 'certificate-authority=' 'client-certificate=' 'client-key=' 'tls-server-name=' 'insecure-skip-tls-verify' 'as=' 'as-group=+' 'as-uid=' 'request-timeout=' 'v/v=' 'o/output=' 'no-headers' 'version' 'h/help'
        case 'map'
            __lamp_parse_subcommand 0 'kubeconfig=' 'context=' 'cluster=' 'user=' 'n/namespace=' 's/server=' 'token=' 'certificate-authority=' 'client-certificate=' 'client-key=' 'tls-server-name=' 'insecure-skip-tls-verify' 'as=' 'as-group=+' 'as-uid=' 'request-timeout=' 'v/v=' 'o/output=' 'A/all-namespaces' 'node=' 'focus=' 'depth=' 'kinds=+' 'l/selector=' 'group-by=' 'legend' 'version' 'h/help'
        case 'events'
            __lamp_parse_subcommand 0 'kubeconfig=' 'context=' 'cluster=' 'user=' 'n/namespace=' 's/server=' 'token=' 'certificate-authority=' 'client-certificate=' 'client-key=' 'tls-server-name=' 'insecure-skip-tls-verify' 'as=' 'as-group=+' 'as-uid=' 'request-timeout=' 'v/v=' 'o/output=' 'no-headers' 'A/all-namespaces' 'for=' 'types=+' 'reason=+' 'since=' 'l/selector=' 'pending-only' 'no-pending' 'w/watch' 'fail-if-pending=' 'wait' 'timeout=' 'version' 'h/help'
        case 'secrets'
            __lamp_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'show'
                __lamp_parse_subcommand 1 'kubeconfig=' 'context=' 'cluster=' 'user=' 'n/namespace=' 's/server=' 'token=' 'certificate-authority=' 'client-certificate=' 'client-key=' 'tls-server-name=' 'insecure-skip-tls-verify' 'as=' 'as-group=+' 'as-uid=' 'request-timeout=' 'v/v=' 'o/output=' 'no-headers' 'f/filename=' 'key=' 'raw' 'mask' 'reveal' 'version' 'h/help'
            case 'expiring'
                __lamp_parse_subcommand 0 'kubeconfig=' 'context=' 'cluster=' 'user=' 'n/namespace=' 's/server=' 'token=' 'certificate-authority=' 'client-certificate=' 'client-key=' 'tls-server-name=' 'insecure-skip-tls-verify' 'as=' 'as-group=+' 'as-uid=' 'request-timeout=' 'v/v=' 'o/output=' 'no-headers' 'within=' 'A/all-namespaces' 'version' 'h/help'
            end
        case 'rbac'
            __lamp_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'check'
                __lamp_parse_subcommand -r 1 'kubeconfig=' 'context=' 'cluster=' 'user=' 'n/namespace=' 's/server=' 'token=' 'certificate-authority=' 'client-certificate=' 'client-key=' 'tls-server-name=' 'insecure-skip-tls-verify' 'as=' 'as-group=+' 'as-uid=' 'request-timeout=' 'v/v=' 'o/output=' 'no-headers' 'serviceaccount=' 'cluster-wide' 'A/all-namespaces' 'suggest' 'list' 'rules' 'version' 'h/help'
            case 'who-can'
                __lamp_parse_subcommand 3 'kubeconfig=' 'context=' 'cluster=' 'user=' 'n/namespace=' 's/server=' 'token=' 'certificate-authority=' 'client-certificate=' 'client-key=' 'tls-server-name=' 'insecure-skip-tls-verify' 'as=' 'as-group=+' 'as-uid=' 'request-timeout=' 'v/v=' 'o/output=' 'no-headers' 'cluster-wide' 'A/all-namespaces' 'version' 'h/help'
            end
        case 'karpenter'
            __lamp_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'nodepools'
                __lamp_parse_subcommand 0 'kubeconfig=' 'context=' 'cluster=' 'user=' 'n/namespace=' 's/server=' 'token=' 'certificate-authority=' 'client-certificate=' 'client-key=' 'tls-server-name=' 'insecure-skip-tls-verify' 'as=' 'as-group=+' 'as-uid=' 'request-timeout=' 'v/v=' 'o/output=' 'no-headers' 'version' 'h/help'
            case 'nodeclaims'
                __lamp_parse_subcommand 0 'kubeconfig=' 'context=' 'cluster=' 'user=' 'n/namespace=' 's/server=' 'token=' 'certificate-authority=' 'client-certificate=' 'client-key=' 'tls-server-name=' 'insecure-skip-tls-verify' 'as=' 'as-group=+' 'as-uid=' 'request-timeout=' 'v/v=' 'o/output=' 'no-headers' 'l/selector=' 'nodepool=' 'version' 'h/help'
            case 'pending'
                __lamp_parse_subcommand 0 'kubeconfig=' 'context=' 'cluster=' 'user=' 'n/namespace=' 's/server=' 'token=' 'certificate-authority=' 'client-certificate=' 'client-key=' 'tls-server-name=' 'insecure-skip-tls-verify' 'as=' 'as-group=+' 'as-uid=' 'request-timeout=' 'v/v=' 'o/output=' 'no-headers' 'A/all-namespaces' 'version' 'h/help'
            end
        case 'keda'
            __lamp_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'scaled'
                __lamp_parse_subcommand 1 'kubeconfig=' 'context=' 'cluster=' 'user=' 'n/namespace=' 's/server=' 'token=' 'certificate-authority=' 'client-certificate=' 'client-key=' 'tls-server-name=' 'insecure-skip-tls-verify' 'as=' 'as-group=+' 'as-uid=' 'request-timeout=' 'v/v=' 'o/output=' 'no-headers' 'A/all-namespaces' 'state=+' 'keda-namespace=' 'version' 'h/help'
            case 'auth'
                __lamp_parse_subcommand 0 'kubeconfig=' 'context=' 'cluster=' 'user=' 'n/namespace=' 's/server=' 'token=' 'certificate-authority=' 'client-certificate=' 'client-key=' 'tls-server-name=' 'insecure-skip-tls-verify' 'as=' 'as-group=+' 'as-uid=' 'request-timeout=' 'v/v=' 'o/output=' 'no-headers' 'A/all-namespaces' 'keda-namespace=' 'version' 'h/help'
            end
        case 'ask'
            __lamp_parse_subcommand -r 1 'kubeconfig=' 'context=' 'cluster=' 'user=' 'n/namespace=' 's/server=' 'token=' 'certificate-authority=' 'client-certificate=' 'client-key=' 'tls-server-name=' 'insecure-skip-tls-verify' 'as=' 'as-group=+' 'as-uid=' 'request-timeout=' 'v/v=' 'A/all-namespaces' 'o/output=' 'explain' 'max-findings=' 'offline' 'continue' 'new' 'history' 'read-only' 'y/yes' 'version' 'h/help'
        case 'help'
            __lamp_parse_subcommand -r 1 'version'
        end
    end
end

function __lamp_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __lamp_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __lamp_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __lamp_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__lamp_tokens -p)
    if test -z "$(__lamp_tokens -t)"
        set -l index (count (__lamp_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'lamp' -f
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp" -eq 1' -fa 'version' -d 'Print lamp\'s version and the cluster\'s.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp" -eq 1' -fa 'contexts' -d 'List the kubeconfig\'s contexts; the current one is marked.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp" -eq 1' -fa 'map' -d 'Draw the cluster\'s resources and how they relate, as a tree, Graphviz DOT or JSON.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp" -eq 1' -fa 'events' -d 'Show pending pods and why each is stuck, then events, Warnings first.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp" -eq 1' -fa 'secrets' -d 'Decode Secrets and find expiring certificates.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp" -eq 1' -fa 'rbac' -d 'Check what you (or another subject) may do, and who may do something.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp" -eq 1' -fa 'karpenter' -d 'Karpenter NodePools, NodeClaims and pods waiting for capacity.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp" -eq 1' -fa 'keda' -d 'KEDA ScaledObjects, ScaledJobs and trigger authentications.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp" -eq 1' -fa 'ask' -d 'Diagnose a problem: root cause, evidence and fix (no AI key needed).'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__lamp_custom_completion ---completion version -- --context (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion version -- --cluster (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion version -- --user (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" n namespace' -s 'n' -l 'namespace' -d 'The namespace (default: the context\'s).' -rfka '(__lamp_custom_completion ---completion version -- --namespace (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" s server' -s 's' -l 'server' -d 'The API server\'s URL, instead of the cluster\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" token' -l 'token' -d 'A bearer token, in place of the user\'s token, basic auth or exec plugin; as with kubectl, a client certificate of the user is still presented, and may be what the server authenticates (flags show in process lists: prefer a kubeconfig).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" certificate-authority' -l 'certificate-authority' -d 'A PEM file of the authorities that sign the server\'s certificate.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" client-certificate' -l 'client-certificate' -d 'A PEM file with the client certificate for TLS.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" client-key' -l 'client-key' -d 'A PEM file with the client certificate\'s key.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" tls-server-name' -l 'tls-server-name' -d 'The name to check the server\'s certificate against (default: its host).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate: anyone between lamp and the server can read and change the traffic.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" as' -l 'as' -d 'Impersonate this user or service account (system:serviceaccount:NS:NAME).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version"' -l 'as-group' -d 'Impersonate this group (repeatable).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" as-uid' -l 'as-uid' -d 'Impersonate this UID.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" request-timeout' -l 'request-timeout' -d 'How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" v v' -s 'v' -l 'v' -d 'Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" client' -l 'client' -d 'Print only lamp\'s version; needs no cluster.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" o output' -s 'o' -l 'output' -d 'Output format: json or yaml (default: text).' -rfka 'json yaml'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__lamp_custom_completion ---completion contexts -- --context (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion contexts -- --cluster (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion contexts -- --user (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" n namespace' -s 'n' -l 'namespace' -d 'The namespace (default: the context\'s).' -rfka '(__lamp_custom_completion ---completion contexts -- --namespace (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" s server' -s 's' -l 'server' -d 'The API server\'s URL, instead of the cluster\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" token' -l 'token' -d 'A bearer token, in place of the user\'s token, basic auth or exec plugin; as with kubectl, a client certificate of the user is still presented, and may be what the server authenticates (flags show in process lists: prefer a kubeconfig).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" certificate-authority' -l 'certificate-authority' -d 'A PEM file of the authorities that sign the server\'s certificate.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" client-certificate' -l 'client-certificate' -d 'A PEM file with the client certificate for TLS.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" client-key' -l 'client-key' -d 'A PEM file with the client certificate\'s key.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" tls-server-name' -l 'tls-server-name' -d 'The name to check the server\'s certificate against (default: its host).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate: anyone between lamp and the server can read and change the traffic.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" as' -l 'as' -d 'Impersonate this user or service account (system:serviceaccount:NS:NAME).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts"' -l 'as-group' -d 'Impersonate this group (repeatable).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" as-uid' -l 'as-uid' -d 'Impersonate this UID.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" request-timeout' -l 'request-timeout' -d 'How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" v v' -s 'v' -l 'v' -d 'Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json or yaml.' -rfka 'table wide json yaml'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" no-headers' -l 'no-headers' -d 'Omit table headers.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__lamp_custom_completion ---completion map -- --context (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion map -- --cluster (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion map -- --user (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" n namespace' -s 'n' -l 'namespace' -d 'The namespace (default: the context\'s).' -rfka '(__lamp_custom_completion ---completion map -- --namespace (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" s server' -s 's' -l 'server' -d 'The API server\'s URL, instead of the cluster\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" token' -l 'token' -d 'A bearer token, in place of the user\'s token, basic auth or exec plugin; as with kubectl, a client certificate of the user is still presented, and may be what the server authenticates (flags show in process lists: prefer a kubeconfig).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" certificate-authority' -l 'certificate-authority' -d 'A PEM file of the authorities that sign the server\'s certificate.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" client-certificate' -l 'client-certificate' -d 'A PEM file with the client certificate for TLS.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" client-key' -l 'client-key' -d 'A PEM file with the client certificate\'s key.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" tls-server-name' -l 'tls-server-name' -d 'The name to check the server\'s certificate against (default: its host).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate: anyone between lamp and the server can read and change the traffic.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" as' -l 'as' -d 'Impersonate this user or service account (system:serviceaccount:NS:NAME).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map"' -l 'as-group' -d 'Impersonate this group (repeatable).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" as-uid' -l 'as-uid' -d 'Impersonate this UID.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" request-timeout' -l 'request-timeout' -d 'How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" v v' -s 'v' -l 'v' -d 'Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" o output' -s 'o' -l 'output' -d 'Output format: tree, dot, json or yaml.' -rfka 'tree dot json yaml'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'Map all namespaces.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" node' -l 'node' -d 'Only what runs on this node and what those pods use.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" focus' -l 'focus' -d 'Only the neighbourhood of this object: KIND/NAME (e.g. svc/web).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" depth' -l 'depth' -d 'How many relations --focus follows (default 2).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map"' -l 'kinds' -d 'Kinds to include (pods,svc,...) or, prefixed with -, to exclude (comma-separated, repeatable).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" l selector' -s 'l' -l 'selector' -d 'Only pods with these labels.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" group-by' -l 'group-by' -d 'Group by namespace, node, app or none (default namespace).' -rfka 'namespace node app none'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" legend' -l 'legend' -d 'With -o dot: add a legend of statuses, kinds and edge types.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp map" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__lamp_custom_completion ---completion events -- --context (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion events -- --cluster (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion events -- --user (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" n namespace' -s 'n' -l 'namespace' -d 'The namespace (default: the context\'s).' -rfka '(__lamp_custom_completion ---completion events -- --namespace (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" s server' -s 's' -l 'server' -d 'The API server\'s URL, instead of the cluster\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" token' -l 'token' -d 'A bearer token, in place of the user\'s token, basic auth or exec plugin; as with kubectl, a client certificate of the user is still presented, and may be what the server authenticates (flags show in process lists: prefer a kubeconfig).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" certificate-authority' -l 'certificate-authority' -d 'A PEM file of the authorities that sign the server\'s certificate.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" client-certificate' -l 'client-certificate' -d 'A PEM file with the client certificate for TLS.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" client-key' -l 'client-key' -d 'A PEM file with the client certificate\'s key.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" tls-server-name' -l 'tls-server-name' -d 'The name to check the server\'s certificate against (default: its host).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate: anyone between lamp and the server can read and change the traffic.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" as' -l 'as' -d 'Impersonate this user or service account (system:serviceaccount:NS:NAME).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events"' -l 'as-group' -d 'Impersonate this group (repeatable).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" as-uid' -l 'as-uid' -d 'Impersonate this UID.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" request-timeout' -l 'request-timeout' -d 'How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" v v' -s 'v' -l 'v' -d 'Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json or yaml.' -rfka 'table wide json yaml'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" no-headers' -l 'no-headers' -d 'Omit table headers.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'Look in all namespaces.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" for' -l 'for' -d 'Only this object and its owners and owned objects: KIND/NAME or KIND/UID. A Node\'s events are read in default.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events"' -l 'types' -d 'Event types to show: Warning, Normal (comma-separated).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events"' -l 'reason' -d 'Only events with this reason (repeatable, comma-separated).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" since' -l 'since' -d 'Only events seen within this duration (e.g. 30m, 2h, 500ms; 0 for all, as kubectl logs --since).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" l selector' -s 'l' -l 'selector' -d 'Only pods with these labels (and their events).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" pending-only' -l 'pending-only' -d 'Show only the PENDING section.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" no-pending' -l 'no-pending' -d 'Show only events (and, without a check, -l or --for, read only events).'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" w watch' -s 'w' -l 'watch' -d 'After the report, print new events and pending changes.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" fail-if-pending' -l 'fail-if-pending' -d 'Exit 3 after the report when something has been pending at least this long (alone: any).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" wait' -l 'wait' -d 'Wait until nothing is pending (exit 0), or exit 3 at --timeout.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" timeout' -l 'timeout' -d 'How long --wait waits (default 10m).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp secrets" -eq 1' -fa 'show' -d 'Show what a Secret holds, decoded.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp secrets" -eq 1' -fa 'expiring' -d 'List certificates in Secrets that expire soon or are not valid yet (exit 3 when any do).'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__lamp_custom_completion ---completion secrets show -- --context (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion secrets show -- --cluster (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion secrets show -- --user (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" n namespace' -s 'n' -l 'namespace' -d 'The namespace (default: the context\'s).' -rfka '(__lamp_custom_completion ---completion secrets show -- --namespace (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" s server' -s 's' -l 'server' -d 'The API server\'s URL, instead of the cluster\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" token' -l 'token' -d 'A bearer token, in place of the user\'s token, basic auth or exec plugin; as with kubectl, a client certificate of the user is still presented, and may be what the server authenticates (flags show in process lists: prefer a kubeconfig).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" certificate-authority' -l 'certificate-authority' -d 'A PEM file of the authorities that sign the server\'s certificate.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" client-certificate' -l 'client-certificate' -d 'A PEM file with the client certificate for TLS.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" client-key' -l 'client-key' -d 'A PEM file with the client certificate\'s key.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" tls-server-name' -l 'tls-server-name' -d 'The name to check the server\'s certificate against (default: its host).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate: anyone between lamp and the server can read and change the traffic.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" as' -l 'as' -d 'Impersonate this user or service account (system:serviceaccount:NS:NAME).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show"' -l 'as-group' -d 'Impersonate this group (repeatable).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" as-uid' -l 'as-uid' -d 'Impersonate this UID.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" request-timeout' -l 'request-timeout' -d 'How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" v v' -s 'v' -l 'v' -d 'Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json or yaml.' -rfka 'table wide json yaml'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" no-headers' -l 'no-headers' -d 'Omit table headers.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" f filename' -s 'f' -l 'filename' -d 'Read the Secret from this manifest instead.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" key' -l 'key' -d 'Show only this key.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" raw' -l 'raw' -d 'With --key: write the value\'s exact bytes.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" mask' -l 'mask' -d 'Hide every value.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" reveal' -l 'reveal' -d 'Show credentials masked by default (docker, basic-auth, private keys, Helm).'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__lamp_custom_completion ---completion secrets expiring -- --context (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion secrets expiring -- --cluster (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion secrets expiring -- --user (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" n namespace' -s 'n' -l 'namespace' -d 'The namespace (default: the context\'s).' -rfka '(__lamp_custom_completion ---completion secrets expiring -- --namespace (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" s server' -s 's' -l 'server' -d 'The API server\'s URL, instead of the cluster\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" token' -l 'token' -d 'A bearer token, in place of the user\'s token, basic auth or exec plugin; as with kubectl, a client certificate of the user is still presented, and may be what the server authenticates (flags show in process lists: prefer a kubeconfig).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" certificate-authority' -l 'certificate-authority' -d 'A PEM file of the authorities that sign the server\'s certificate.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" client-certificate' -l 'client-certificate' -d 'A PEM file with the client certificate for TLS.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" client-key' -l 'client-key' -d 'A PEM file with the client certificate\'s key.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" tls-server-name' -l 'tls-server-name' -d 'The name to check the server\'s certificate against (default: its host).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate: anyone between lamp and the server can read and change the traffic.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" as' -l 'as' -d 'Impersonate this user or service account (system:serviceaccount:NS:NAME).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring"' -l 'as-group' -d 'Impersonate this group (repeatable).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" as-uid' -l 'as-uid' -d 'Impersonate this UID.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" request-timeout' -l 'request-timeout' -d 'How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" v v' -s 'v' -l 'v' -d 'Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json or yaml.' -rfka 'table wide json yaml'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" no-headers' -l 'no-headers' -d 'Omit table headers.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" within' -l 'within' -d 'The window: a duration such as 30d, 12h or 90m.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'Look in every namespace.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp secrets expiring" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp rbac" -eq 1' -fa 'check' -d 'Check what a feature needs, or one permission (exit 3 when denied).'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp rbac" -eq 1' -fa 'who-can' -d 'List the users, groups and service accounts RBAC allows to do something.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__lamp_custom_completion ---completion rbac check -- --context (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion rbac check -- --cluster (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion rbac check -- --user (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" n namespace' -s 'n' -l 'namespace' -d 'The namespace (default: the context\'s).' -rfka '(__lamp_custom_completion ---completion rbac check -- --namespace (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" s server' -s 's' -l 'server' -d 'The API server\'s URL, instead of the cluster\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" token' -l 'token' -d 'A bearer token, in place of the user\'s token, basic auth or exec plugin; as with kubectl, a client certificate of the user is still presented, and may be what the server authenticates (flags show in process lists: prefer a kubeconfig).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" certificate-authority' -l 'certificate-authority' -d 'A PEM file of the authorities that sign the server\'s certificate.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" client-certificate' -l 'client-certificate' -d 'A PEM file with the client certificate for TLS.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" client-key' -l 'client-key' -d 'A PEM file with the client certificate\'s key.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" tls-server-name' -l 'tls-server-name' -d 'The name to check the server\'s certificate against (default: its host).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate: anyone between lamp and the server can read and change the traffic.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" as' -l 'as' -d 'Impersonate this user or service account (system:serviceaccount:NS:NAME).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check"' -l 'as-group' -d 'Impersonate this group (repeatable).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" as-uid' -l 'as-uid' -d 'Impersonate this UID.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" request-timeout' -l 'request-timeout' -d 'How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" v v' -s 'v' -l 'v' -d 'Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json or yaml.' -rfka 'table wide json yaml'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" no-headers' -l 'no-headers' -d 'Omit table headers.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" serviceaccount' -l 'serviceaccount' -d 'Check as this service account (NS:NAME).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" cluster-wide' -l 'cluster-wide' -d 'Ask about the whole cluster rather than a namespace.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'Ask across all namespaces rather than in one.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" suggest' -l 'suggest' -d 'When denied, print the Role and binding YAML that would grant it.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" list' -l 'list' -d 'Print the feature bundles and what each needs.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" rules' -l 'rules' -d 'Print everything the subject may do in the namespace (SelfSubjectRulesReview).'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__lamp_custom_completion ---completion rbac who-can -- --context (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion rbac who-can -- --cluster (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion rbac who-can -- --user (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" n namespace' -s 'n' -l 'namespace' -d 'The namespace (default: the context\'s).' -rfka '(__lamp_custom_completion ---completion rbac who-can -- --namespace (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" s server' -s 's' -l 'server' -d 'The API server\'s URL, instead of the cluster\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" token' -l 'token' -d 'A bearer token, in place of the user\'s token, basic auth or exec plugin; as with kubectl, a client certificate of the user is still presented, and may be what the server authenticates (flags show in process lists: prefer a kubeconfig).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" certificate-authority' -l 'certificate-authority' -d 'A PEM file of the authorities that sign the server\'s certificate.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" client-certificate' -l 'client-certificate' -d 'A PEM file with the client certificate for TLS.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" client-key' -l 'client-key' -d 'A PEM file with the client certificate\'s key.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" tls-server-name' -l 'tls-server-name' -d 'The name to check the server\'s certificate against (default: its host).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate: anyone between lamp and the server can read and change the traffic.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" as' -l 'as' -d 'Impersonate this user or service account (system:serviceaccount:NS:NAME).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can"' -l 'as-group' -d 'Impersonate this group (repeatable).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" as-uid' -l 'as-uid' -d 'Impersonate this UID.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" request-timeout' -l 'request-timeout' -d 'How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" v v' -s 'v' -l 'v' -d 'Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json or yaml.' -rfka 'table wide json yaml'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" no-headers' -l 'no-headers' -d 'Omit table headers.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" cluster-wide' -l 'cluster-wide' -d 'Ask about a cluster-wide request (ClusterRoleBindings only).'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'Who can do it in at least one namespace (every namespace\'s RoleBindings too; wins over -n).'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp rbac who-can" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp karpenter" -eq 1' -fa 'nodepools' -d 'Show NodePools: node class, nodes, cpu and memory against limits, requested fill, disruption.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp karpenter" -eq 1' -fa 'nodeclaims' -d 'Show NodeClaims: pool, instance type, capacity type, zone, node, readiness and state.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp karpenter" -eq 1' -fa 'pending' -d 'Show pods waiting for capacity and which NodePools could (or could not) serve each.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__lamp_custom_completion ---completion karpenter nodepools -- --context (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion karpenter nodepools -- --cluster (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion karpenter nodepools -- --user (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" n namespace' -s 'n' -l 'namespace' -d 'The namespace (default: the context\'s).' -rfka '(__lamp_custom_completion ---completion karpenter nodepools -- --namespace (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" s server' -s 's' -l 'server' -d 'The API server\'s URL, instead of the cluster\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" token' -l 'token' -d 'A bearer token, in place of the user\'s token, basic auth or exec plugin; as with kubectl, a client certificate of the user is still presented, and may be what the server authenticates (flags show in process lists: prefer a kubeconfig).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" certificate-authority' -l 'certificate-authority' -d 'A PEM file of the authorities that sign the server\'s certificate.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" client-certificate' -l 'client-certificate' -d 'A PEM file with the client certificate for TLS.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" client-key' -l 'client-key' -d 'A PEM file with the client certificate\'s key.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" tls-server-name' -l 'tls-server-name' -d 'The name to check the server\'s certificate against (default: its host).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate: anyone between lamp and the server can read and change the traffic.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" as' -l 'as' -d 'Impersonate this user or service account (system:serviceaccount:NS:NAME).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools"' -l 'as-group' -d 'Impersonate this group (repeatable).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" as-uid' -l 'as-uid' -d 'Impersonate this UID.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" request-timeout' -l 'request-timeout' -d 'How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" v v' -s 'v' -l 'v' -d 'Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json or yaml.' -rfka 'table wide json yaml'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" no-headers' -l 'no-headers' -d 'Omit table headers.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodepools" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__lamp_custom_completion ---completion karpenter nodeclaims -- --context (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion karpenter nodeclaims -- --cluster (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion karpenter nodeclaims -- --user (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" n namespace' -s 'n' -l 'namespace' -d 'The namespace (default: the context\'s).' -rfka '(__lamp_custom_completion ---completion karpenter nodeclaims -- --namespace (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" s server' -s 's' -l 'server' -d 'The API server\'s URL, instead of the cluster\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" token' -l 'token' -d 'A bearer token, in place of the user\'s token, basic auth or exec plugin; as with kubectl, a client certificate of the user is still presented, and may be what the server authenticates (flags show in process lists: prefer a kubeconfig).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" certificate-authority' -l 'certificate-authority' -d 'A PEM file of the authorities that sign the server\'s certificate.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" client-certificate' -l 'client-certificate' -d 'A PEM file with the client certificate for TLS.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" client-key' -l 'client-key' -d 'A PEM file with the client certificate\'s key.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" tls-server-name' -l 'tls-server-name' -d 'The name to check the server\'s certificate against (default: its host).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate: anyone between lamp and the server can read and change the traffic.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" as' -l 'as' -d 'Impersonate this user or service account (system:serviceaccount:NS:NAME).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims"' -l 'as-group' -d 'Impersonate this group (repeatable).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" as-uid' -l 'as-uid' -d 'Impersonate this UID.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" request-timeout' -l 'request-timeout' -d 'How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" v v' -s 'v' -l 'v' -d 'Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json or yaml.' -rfka 'table wide json yaml'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" no-headers' -l 'no-headers' -d 'Omit table headers.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" l selector' -s 'l' -l 'selector' -d 'Only NodeClaims with these labels.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" nodepool' -l 'nodepool' -d 'Only NodeClaims of this NodePool.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter nodeclaims" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__lamp_custom_completion ---completion karpenter pending -- --context (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion karpenter pending -- --cluster (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion karpenter pending -- --user (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" n namespace' -s 'n' -l 'namespace' -d 'The namespace (default: the context\'s).' -rfka '(__lamp_custom_completion ---completion karpenter pending -- --namespace (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" s server' -s 's' -l 'server' -d 'The API server\'s URL, instead of the cluster\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" token' -l 'token' -d 'A bearer token, in place of the user\'s token, basic auth or exec plugin; as with kubectl, a client certificate of the user is still presented, and may be what the server authenticates (flags show in process lists: prefer a kubeconfig).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" certificate-authority' -l 'certificate-authority' -d 'A PEM file of the authorities that sign the server\'s certificate.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" client-certificate' -l 'client-certificate' -d 'A PEM file with the client certificate for TLS.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" client-key' -l 'client-key' -d 'A PEM file with the client certificate\'s key.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" tls-server-name' -l 'tls-server-name' -d 'The name to check the server\'s certificate against (default: its host).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate: anyone between lamp and the server can read and change the traffic.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" as' -l 'as' -d 'Impersonate this user or service account (system:serviceaccount:NS:NAME).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending"' -l 'as-group' -d 'Impersonate this group (repeatable).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" as-uid' -l 'as-uid' -d 'Impersonate this UID.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" request-timeout' -l 'request-timeout' -d 'How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" v v' -s 'v' -l 'v' -d 'Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json or yaml.' -rfka 'table wide json yaml'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" no-headers' -l 'no-headers' -d 'Omit table headers.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'Look in all namespaces (the default unless -n is given; wins over -n).'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp karpenter pending" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp keda" -eq 1' -fa 'scaled' -d 'Show ScaledObjects and ScaledJobs: target, bounds, current replicas, triggers and state.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp keda" -eq 1' -fa 'auth' -d 'Show trigger authentications: what they read, which scalers use them, missing Secrets.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__lamp_custom_completion ---completion keda scaled -- --context (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion keda scaled -- --cluster (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion keda scaled -- --user (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" n namespace' -s 'n' -l 'namespace' -d 'The namespace (default: the context\'s).' -rfka '(__lamp_custom_completion ---completion keda scaled -- --namespace (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" s server' -s 's' -l 'server' -d 'The API server\'s URL, instead of the cluster\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" token' -l 'token' -d 'A bearer token, in place of the user\'s token, basic auth or exec plugin; as with kubectl, a client certificate of the user is still presented, and may be what the server authenticates (flags show in process lists: prefer a kubeconfig).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" certificate-authority' -l 'certificate-authority' -d 'A PEM file of the authorities that sign the server\'s certificate.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" client-certificate' -l 'client-certificate' -d 'A PEM file with the client certificate for TLS.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" client-key' -l 'client-key' -d 'A PEM file with the client certificate\'s key.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" tls-server-name' -l 'tls-server-name' -d 'The name to check the server\'s certificate against (default: its host).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate: anyone between lamp and the server can read and change the traffic.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" as' -l 'as' -d 'Impersonate this user or service account (system:serviceaccount:NS:NAME).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled"' -l 'as-group' -d 'Impersonate this group (repeatable).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" as-uid' -l 'as-uid' -d 'Impersonate this UID.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" request-timeout' -l 'request-timeout' -d 'How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" v v' -s 'v' -l 'v' -d 'Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json or yaml.' -rfka 'table wide json yaml'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" no-headers' -l 'no-headers' -d 'Omit table headers.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'Look in all namespaces (the default unless -n is given; wins over -n).'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled"' -l 'state' -d 'Only this state: active, idle, zero, paused, fallback or error (repeatable, comma-separated).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" keda-namespace' -l 'keda-namespace' -d 'Where ClusterTriggerAuthentication Secrets live.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda scaled" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__lamp_custom_completion ---completion keda auth -- --context (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion keda auth -- --cluster (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion keda auth -- --user (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" n namespace' -s 'n' -l 'namespace' -d 'The namespace (default: the context\'s).' -rfka '(__lamp_custom_completion ---completion keda auth -- --namespace (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" s server' -s 's' -l 'server' -d 'The API server\'s URL, instead of the cluster\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" token' -l 'token' -d 'A bearer token, in place of the user\'s token, basic auth or exec plugin; as with kubectl, a client certificate of the user is still presented, and may be what the server authenticates (flags show in process lists: prefer a kubeconfig).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" certificate-authority' -l 'certificate-authority' -d 'A PEM file of the authorities that sign the server\'s certificate.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" client-certificate' -l 'client-certificate' -d 'A PEM file with the client certificate for TLS.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" client-key' -l 'client-key' -d 'A PEM file with the client certificate\'s key.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" tls-server-name' -l 'tls-server-name' -d 'The name to check the server\'s certificate against (default: its host).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate: anyone between lamp and the server can read and change the traffic.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" as' -l 'as' -d 'Impersonate this user or service account (system:serviceaccount:NS:NAME).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth"' -l 'as-group' -d 'Impersonate this group (repeatable).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" as-uid' -l 'as-uid' -d 'Impersonate this UID.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" request-timeout' -l 'request-timeout' -d 'How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" v v' -s 'v' -l 'v' -d 'Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json or yaml.' -rfka 'table wide json yaml'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" no-headers' -l 'no-headers' -d 'Omit table headers.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'Look in all namespaces (the default unless -n is given; wins over -n).'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" keda-namespace' -l 'keda-namespace' -d 'Where ClusterTriggerAuthentication Secrets live.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp keda auth" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__lamp_custom_completion ---completion ask -- --context (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion ask -- --cluster (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka '(__lamp_custom_completion ---completion ask -- --user (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" n namespace' -s 'n' -l 'namespace' -d 'The namespace (default: the context\'s).' -rfka '(__lamp_custom_completion ---completion ask -- --namespace (count (__lamp_tokens -pc)) (__lamp_tokens -tC))'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" s server' -s 's' -l 'server' -d 'The API server\'s URL, instead of the cluster\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" token' -l 'token' -d 'A bearer token, in place of the user\'s token, basic auth or exec plugin; as with kubectl, a client certificate of the user is still presented, and may be what the server authenticates (flags show in process lists: prefer a kubeconfig).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" certificate-authority' -l 'certificate-authority' -d 'A PEM file of the authorities that sign the server\'s certificate.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" client-certificate' -l 'client-certificate' -d 'A PEM file with the client certificate for TLS.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" client-key' -l 'client-key' -d 'A PEM file with the client certificate\'s key.' -rF
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" tls-server-name' -l 'tls-server-name' -d 'The name to check the server\'s certificate against (default: its host).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate: anyone between lamp and the server can read and change the traffic.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" as' -l 'as' -d 'Impersonate this user or service account (system:serviceaccount:NS:NAME).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask"' -l 'as-group' -d 'Impersonate this group (repeatable).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" as-uid' -l 'as-uid' -d 'Impersonate this UID.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" request-timeout' -l 'request-timeout' -d 'How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" v v' -s 'v' -l 'v' -d 'Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'Look in all namespaces.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" o output' -s 'o' -l 'output' -d 'Output format: text, json or yaml.' -rfka 'text json yaml'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" explain' -l 'explain' -d 'Add the analyzer trace: subjects found, analyzers run, findings kept.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" max-findings' -l 'max-findings' -d 'How many findings the text answer shows in full.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" offline' -l 'offline' -d 'Do not use a model even when one is configured.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" continue' -l 'continue' -d 'Continue the last conversation with the model in this context.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" new' -l 'new' -d 'Start a new conversation (the default).'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" history' -l 'history' -d 'List the saved conversations of this context, newest first.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" read-only' -l 'read-only' -d 'Refuse every write the model asks for.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" y yes' -s 'y' -l 'yes' -d 'Send the model\'s writes without asking (they are printed).'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp ask" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp help" version' -l 'version' -d 'Show the version.'
