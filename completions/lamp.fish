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
            __lamp_parse_subcommand 0 'kubeconfig=' 'context=' 'cluster=' 'user=' 'n/namespace=' 'as=' 'as-group=+' 'as-uid=' 'request-timeout=' 'v/v=' 'client' 'o/output=' 'version' 'h/help'
        case 'contexts'
            __lamp_parse_subcommand 0 'kubeconfig=' 'context=' 'cluster=' 'user=' 'n/namespace=' 'as=' 'as-group=+' 'as-uid=' 'request-timeout=' 'v/v=' 'o/output=' 'no-headers' 'version' 'h/help'
        case 'events'
            __lamp_parse_subcommand 0 'kubeconfig=' 'context=' 'cluster=' 'user=' 'n/namespace=' 'as=' 'as-group=+' 'as-uid=' 'request-timeout=' 'v/v=' 'o/output=' 'no-headers' 'A/all-namespaces' 'for=' 'types=+' 'reason=+' 'since=' 'l/selector=' 'pending-only' 'no-pending' 'w/watch' 'fail-if-pending=' 'wait' 'timeout=' 'version' 'h/help'
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
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp" -eq 1' -fa 'events' -d 'Show pending pods and why each is stuck, then events, Warnings first.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_positional "lamp" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" n namespace' -s 'n' -l 'namespace' -d 'The namespace (default: the context\'s).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" as' -l 'as' -d 'Impersonate this user or service account (system:serviceaccount:NS:NAME).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version"' -l 'as-group' -d 'Impersonate this group (repeatable).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" as-uid' -l 'as-uid' -d 'Impersonate this UID.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" request-timeout' -l 'request-timeout' -d 'How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" v v' -s 'v' -l 'v' -d 'Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" client' -l 'client' -d 'Print only lamp\'s version; needs no cluster.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" o output' -s 'o' -l 'output' -d 'Output format: json or yaml (default: text).' -rfka 'json yaml'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp version" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" n namespace' -s 'n' -l 'namespace' -d 'The namespace (default: the context\'s).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" as' -l 'as' -d 'Impersonate this user or service account (system:serviceaccount:NS:NAME).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts"' -l 'as-group' -d 'Impersonate this group (repeatable).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" as-uid' -l 'as-uid' -d 'Impersonate this UID.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" request-timeout' -l 'request-timeout' -d 'How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" v v' -s 'v' -l 'v' -d 'Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json or yaml.' -rfka 'table wide json yaml'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" no-headers' -l 'no-headers' -d 'Omit table headers.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp contexts" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" n namespace' -s 'n' -l 'namespace' -d 'The namespace (default: the context\'s).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" as' -l 'as' -d 'Impersonate this user or service account (system:serviceaccount:NS:NAME).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events"' -l 'as-group' -d 'Impersonate this group (repeatable).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" as-uid' -l 'as-uid' -d 'Impersonate this UID.' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" request-timeout' -l 'request-timeout' -d 'How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" v v' -s 'v' -l 'v' -d 'Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json or yaml.' -rfka 'table wide json yaml'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" no-headers' -l 'no-headers' -d 'Omit table headers.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'Look in all namespaces.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" for' -l 'for' -d 'Only this object and its owners and owned objects: KIND/NAME (or UID).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events"' -l 'types' -d 'Event types to show: Warning, Normal (comma-separated).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events"' -l 'reason' -d 'Only events with this reason (repeatable, comma-separated).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" since' -l 'since' -d 'Only events seen within this duration (e.g. 30m, 2h).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" l selector' -s 'l' -l 'selector' -d 'Only pods with these labels (and their events).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" pending-only' -l 'pending-only' -d 'Show only the PENDING section.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" no-pending' -l 'no-pending' -d 'Show only events.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" w watch' -s 'w' -l 'watch' -d 'After the report, print new events and pending changes.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" fail-if-pending' -l 'fail-if-pending' -d 'Exit 3 after the report when something has been pending at least this long (alone: any).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" wait' -l 'wait' -d 'Wait until nothing is pending (exit 0), or exit 3 at --timeout.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" timeout' -l 'timeout' -d 'How long --wait waits (default 10m).' -rfka ''
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" version' -l 'version' -d 'Show the version.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp events" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'lamp' -n '__lamp_should_offer_completions_for_flags_or_options "lamp help" version' -l 'version' -d 'Show the version.'
