#!/bin/bash

__lamp_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__lamp_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__lamp_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__lamp_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_lamp() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __lamp_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    version|contexts|map|events|secrets|rbac|karpenter|keda|ask|help)
        # Offer subcommand argument completions
        "_lamp_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'version contexts map events secrets rbac karpenter keda ask help' -- "${cur}"))
        ;;
    esac
}

_lamp_version() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify --client --version -h --help)
    repeating_options=(--as-group)
    non_repeating_options=(--kubeconfig --context --cluster --user -n --namespace -s --server --token --certificate-authority --client-certificate --client-key --tls-server-name --as --as-uid --request-timeout -v --v -o --output)
    __lamp_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __lamp_add_completions -f
        return
        ;;
    '--context')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion version -- --context "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion version -- --cluster "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--user')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion version -- --user "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion version -- --namespace "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __lamp_add_completions -f
        return
        ;;
    '--client-certificate')
        __lamp_add_completions -f
        return
        ;;
    '--client-key')
        __lamp_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--as')
        return
        ;;
    '--as-group')
        return
        ;;
    '--as-uid')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-o'|'--output')
        __lamp_add_completions -W 'json'$'\n''yaml'
        return
        ;;
    esac
}

_lamp_contexts() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify --no-headers --version -h --help)
    repeating_options=(--as-group)
    non_repeating_options=(--kubeconfig --context --cluster --user -n --namespace -s --server --token --certificate-authority --client-certificate --client-key --tls-server-name --as --as-uid --request-timeout -v --v -o --output)
    __lamp_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __lamp_add_completions -f
        return
        ;;
    '--context')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion contexts -- --context "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion contexts -- --cluster "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--user')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion contexts -- --user "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion contexts -- --namespace "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __lamp_add_completions -f
        return
        ;;
    '--client-certificate')
        __lamp_add_completions -f
        return
        ;;
    '--client-key')
        __lamp_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--as')
        return
        ;;
    '--as-group')
        return
        ;;
    '--as-uid')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-o'|'--output')
        __lamp_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'
        return
        ;;
    esac
}

_lamp_map() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --legend --version -h --help)
    repeating_options=(--as-group --kinds)
    non_repeating_options=(--kubeconfig --context --cluster --user -n --namespace -s --server --token --certificate-authority --client-certificate --client-key --tls-server-name --as --as-uid --request-timeout -v --v -o --output --node --focus --depth -l --selector --group-by)
    __lamp_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __lamp_add_completions -f
        return
        ;;
    '--context')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion map -- --context "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion map -- --cluster "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--user')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion map -- --user "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion map -- --namespace "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __lamp_add_completions -f
        return
        ;;
    '--client-certificate')
        __lamp_add_completions -f
        return
        ;;
    '--client-key')
        __lamp_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--as')
        return
        ;;
    '--as-group')
        return
        ;;
    '--as-uid')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-o'|'--output')
        __lamp_add_completions -W 'tree'$'\n''dot'$'\n''json'$'\n''yaml'
        return
        ;;
    '--node')
        return
        ;;
    '--focus')
        return
        ;;
    '--depth')
        return
        ;;
    '--kinds')
        return
        ;;
    '-l'|'--selector')
        return
        ;;
    '--group-by')
        __lamp_add_completions -W 'namespace'$'\n''node'$'\n''app'$'\n''none'
        return
        ;;
    esac
}

_lamp_events() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify --no-headers -A --all-namespaces --pending-only --no-pending -w --watch --wait --version -h --help)
    repeating_options=(--as-group --types --reason)
    non_repeating_options=(--kubeconfig --context --cluster --user -n --namespace -s --server --token --certificate-authority --client-certificate --client-key --tls-server-name --as --as-uid --request-timeout -v --v -o --output --for --since -l --selector --fail-if-pending --timeout)
    __lamp_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __lamp_add_completions -f
        return
        ;;
    '--context')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion events -- --context "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion events -- --cluster "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--user')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion events -- --user "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion events -- --namespace "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __lamp_add_completions -f
        return
        ;;
    '--client-certificate')
        __lamp_add_completions -f
        return
        ;;
    '--client-key')
        __lamp_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--as')
        return
        ;;
    '--as-group')
        return
        ;;
    '--as-uid')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-o'|'--output')
        __lamp_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'
        return
        ;;
    '--for')
        return
        ;;
    '--types')
        return
        ;;
    '--reason')
        return
        ;;
    '--since')
        return
        ;;
    '-l'|'--selector')
        return
        ;;
    '--fail-if-pending')
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_lamp_secrets() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __lamp_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    show|expiring)
        # Offer subcommand argument completions
        "_lamp_secrets_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'show expiring' -- "${cur}"))
        ;;
    esac
}

_lamp_secrets_show() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify --no-headers --raw --mask --reveal --version -h --help)
    repeating_options=(--as-group)
    non_repeating_options=(--kubeconfig --context --cluster --user -n --namespace -s --server --token --certificate-authority --client-certificate --client-key --tls-server-name --as --as-uid --request-timeout -v --v -o --output -f --filename --key)
    __lamp_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __lamp_add_completions -f
        return
        ;;
    '--context')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion secrets show -- --context "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion secrets show -- --cluster "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--user')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion secrets show -- --user "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion secrets show -- --namespace "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __lamp_add_completions -f
        return
        ;;
    '--client-certificate')
        __lamp_add_completions -f
        return
        ;;
    '--client-key')
        __lamp_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--as')
        return
        ;;
    '--as-group')
        return
        ;;
    '--as-uid')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-o'|'--output')
        __lamp_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'
        return
        ;;
    '-f'|'--filename')
        __lamp_add_completions -f
        return
        ;;
    '--key')
        return
        ;;
    esac
}

_lamp_secrets_expiring() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify --no-headers -A --all-namespaces --version -h --help)
    repeating_options=(--as-group)
    non_repeating_options=(--kubeconfig --context --cluster --user -n --namespace -s --server --token --certificate-authority --client-certificate --client-key --tls-server-name --as --as-uid --request-timeout -v --v -o --output --within)
    __lamp_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __lamp_add_completions -f
        return
        ;;
    '--context')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion secrets expiring -- --context "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion secrets expiring -- --cluster "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--user')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion secrets expiring -- --user "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion secrets expiring -- --namespace "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __lamp_add_completions -f
        return
        ;;
    '--client-certificate')
        __lamp_add_completions -f
        return
        ;;
    '--client-key')
        __lamp_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--as')
        return
        ;;
    '--as-group')
        return
        ;;
    '--as-uid')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-o'|'--output')
        __lamp_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'
        return
        ;;
    '--within')
        return
        ;;
    esac
}

_lamp_rbac() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __lamp_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    check|who-can)
        # Offer subcommand argument completions
        "_lamp_rbac_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'check who-can' -- "${cur}"))
        ;;
    esac
}

_lamp_rbac_check() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify --no-headers --cluster-wide -A --all-namespaces --suggest --list --rules --version -h --help)
    repeating_options=(--as-group)
    non_repeating_options=(--kubeconfig --context --cluster --user -n --namespace -s --server --token --certificate-authority --client-certificate --client-key --tls-server-name --as --as-uid --request-timeout -v --v -o --output --serviceaccount)
    __lamp_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __lamp_add_completions -f
        return
        ;;
    '--context')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion rbac check -- --context "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion rbac check -- --cluster "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--user')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion rbac check -- --user "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion rbac check -- --namespace "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __lamp_add_completions -f
        return
        ;;
    '--client-certificate')
        __lamp_add_completions -f
        return
        ;;
    '--client-key')
        __lamp_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--as')
        return
        ;;
    '--as-group')
        return
        ;;
    '--as-uid')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-o'|'--output')
        __lamp_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'
        return
        ;;
    '--serviceaccount')
        return
        ;;
    esac
}

_lamp_rbac_who-can() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify --no-headers --cluster-wide -A --all-namespaces --version -h --help)
    repeating_options=(--as-group)
    non_repeating_options=(--kubeconfig --context --cluster --user -n --namespace -s --server --token --certificate-authority --client-certificate --client-key --tls-server-name --as --as-uid --request-timeout -v --v -o --output)
    __lamp_offer_flags_options 3

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __lamp_add_completions -f
        return
        ;;
    '--context')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion rbac who-can -- --context "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion rbac who-can -- --cluster "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--user')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion rbac who-can -- --user "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion rbac who-can -- --namespace "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __lamp_add_completions -f
        return
        ;;
    '--client-certificate')
        __lamp_add_completions -f
        return
        ;;
    '--client-key')
        __lamp_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--as')
        return
        ;;
    '--as-group')
        return
        ;;
    '--as-uid')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-o'|'--output')
        __lamp_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'
        return
        ;;
    esac
}

_lamp_karpenter() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __lamp_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    nodepools|nodeclaims|pending)
        # Offer subcommand argument completions
        "_lamp_karpenter_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'nodepools nodeclaims pending' -- "${cur}"))
        ;;
    esac
}

_lamp_karpenter_nodepools() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify --no-headers --version -h --help)
    repeating_options=(--as-group)
    non_repeating_options=(--kubeconfig --context --cluster --user -n --namespace -s --server --token --certificate-authority --client-certificate --client-key --tls-server-name --as --as-uid --request-timeout -v --v -o --output)
    __lamp_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __lamp_add_completions -f
        return
        ;;
    '--context')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion karpenter nodepools -- --context "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion karpenter nodepools -- --cluster "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--user')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion karpenter nodepools -- --user "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion karpenter nodepools -- --namespace "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __lamp_add_completions -f
        return
        ;;
    '--client-certificate')
        __lamp_add_completions -f
        return
        ;;
    '--client-key')
        __lamp_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--as')
        return
        ;;
    '--as-group')
        return
        ;;
    '--as-uid')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-o'|'--output')
        __lamp_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'
        return
        ;;
    esac
}

_lamp_karpenter_nodeclaims() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify --no-headers --version -h --help)
    repeating_options=(--as-group)
    non_repeating_options=(--kubeconfig --context --cluster --user -n --namespace -s --server --token --certificate-authority --client-certificate --client-key --tls-server-name --as --as-uid --request-timeout -v --v -o --output -l --selector --nodepool)
    __lamp_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __lamp_add_completions -f
        return
        ;;
    '--context')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion karpenter nodeclaims -- --context "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion karpenter nodeclaims -- --cluster "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--user')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion karpenter nodeclaims -- --user "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion karpenter nodeclaims -- --namespace "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __lamp_add_completions -f
        return
        ;;
    '--client-certificate')
        __lamp_add_completions -f
        return
        ;;
    '--client-key')
        __lamp_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--as')
        return
        ;;
    '--as-group')
        return
        ;;
    '--as-uid')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-o'|'--output')
        __lamp_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'
        return
        ;;
    '-l'|'--selector')
        return
        ;;
    '--nodepool')
        return
        ;;
    esac
}

_lamp_karpenter_pending() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify --no-headers -A --all-namespaces --version -h --help)
    repeating_options=(--as-group)
    non_repeating_options=(--kubeconfig --context --cluster --user -n --namespace -s --server --token --certificate-authority --client-certificate --client-key --tls-server-name --as --as-uid --request-timeout -v --v -o --output)
    __lamp_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __lamp_add_completions -f
        return
        ;;
    '--context')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion karpenter pending -- --context "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion karpenter pending -- --cluster "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--user')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion karpenter pending -- --user "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion karpenter pending -- --namespace "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __lamp_add_completions -f
        return
        ;;
    '--client-certificate')
        __lamp_add_completions -f
        return
        ;;
    '--client-key')
        __lamp_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--as')
        return
        ;;
    '--as-group')
        return
        ;;
    '--as-uid')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-o'|'--output')
        __lamp_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'
        return
        ;;
    esac
}

_lamp_keda() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __lamp_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    scaled|auth)
        # Offer subcommand argument completions
        "_lamp_keda_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'scaled auth' -- "${cur}"))
        ;;
    esac
}

_lamp_keda_scaled() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify --no-headers -A --all-namespaces --version -h --help)
    repeating_options=(--as-group --state)
    non_repeating_options=(--kubeconfig --context --cluster --user -n --namespace -s --server --token --certificate-authority --client-certificate --client-key --tls-server-name --as --as-uid --request-timeout -v --v -o --output --keda-namespace)
    __lamp_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __lamp_add_completions -f
        return
        ;;
    '--context')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion keda scaled -- --context "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion keda scaled -- --cluster "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--user')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion keda scaled -- --user "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion keda scaled -- --namespace "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __lamp_add_completions -f
        return
        ;;
    '--client-certificate')
        __lamp_add_completions -f
        return
        ;;
    '--client-key')
        __lamp_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--as')
        return
        ;;
    '--as-group')
        return
        ;;
    '--as-uid')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-o'|'--output')
        __lamp_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'
        return
        ;;
    '--state')
        return
        ;;
    '--keda-namespace')
        return
        ;;
    esac
}

_lamp_keda_auth() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify --no-headers -A --all-namespaces --version -h --help)
    repeating_options=(--as-group)
    non_repeating_options=(--kubeconfig --context --cluster --user -n --namespace -s --server --token --certificate-authority --client-certificate --client-key --tls-server-name --as --as-uid --request-timeout -v --v -o --output --keda-namespace)
    __lamp_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __lamp_add_completions -f
        return
        ;;
    '--context')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion keda auth -- --context "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion keda auth -- --cluster "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--user')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion keda auth -- --user "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion keda auth -- --namespace "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __lamp_add_completions -f
        return
        ;;
    '--client-certificate')
        __lamp_add_completions -f
        return
        ;;
    '--client-key')
        __lamp_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--as')
        return
        ;;
    '--as-group')
        return
        ;;
    '--as-uid')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-o'|'--output')
        __lamp_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'
        return
        ;;
    '--keda-namespace')
        return
        ;;
    esac
}

_lamp_ask() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --explain --offline --continue --new --history --read-only -y --yes --version -h --help)
    repeating_options=(--as-group)
    non_repeating_options=(--kubeconfig --context --cluster --user -n --namespace -s --server --token --certificate-authority --client-certificate --client-key --tls-server-name --as --as-uid --request-timeout -v --v -o --output --max-findings)
    __lamp_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __lamp_add_completions -f
        return
        ;;
    '--context')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion ask -- --context "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion ask -- --cluster "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '--user')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion ask -- --user "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __lamp_add_completions -W "$(__lamp_custom_complete ---completion ask -- --namespace "${COMP_CWORD}" "$(__lamp_cursor_index_in_current_word)")"
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __lamp_add_completions -f
        return
        ;;
    '--client-certificate')
        __lamp_add_completions -f
        return
        ;;
    '--client-key')
        __lamp_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--as')
        return
        ;;
    '--as-group')
        return
        ;;
    '--as-uid')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-o'|'--output')
        __lamp_add_completions -W 'text'$'\n''json'$'\n''yaml'
        return
        ;;
    '--max-findings')
        return
        ;;
    esac
}

_lamp_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __lamp_offer_flags_options -1
}

complete -o filenames -F _lamp lamp
