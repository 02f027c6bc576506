package io.hindsight.postmortem.lint;

import java.util.Locale;
import java.util.Set;

/** The word lists the rules share: who counts as a person, and what counts as a verb when finding a subject. */
final class Lexicon {

    /** Roles, groups and pronouns that name people. */
    private static final Set<String> PEOPLE = Set.of("i", "we", "he", "she", "they", "you", "me", "us", "him", "her",
            "them", "myself", "ourselves", "himself", "herself", "themselves", "someone", "somebody", "nobody",
            "anyone", "anybody", "everyone", "everybody", "whoever", "person", "people", "human", "humans",
            "on-call", "oncall", "on-calls", "engineer", "engineers", "developer", "developers", "dev", "devs",
            "operator", "operators", "sre", "sres", "admin", "admins", "administrator", "administrators", "dba",
            "dbas", "reviewer", "reviewers", "approver", "approvers", "author", "authors", "committer", "deployer",
            "deployers", "tester", "testers", "qa", "analyst", "analysts", "intern", "interns", "contractor",
            "contractors", "hire", "hires", "employee", "employees", "staff", "team", "teams", "teammate",
            "teammates", "lead", "leads", "manager", "managers", "management", "commander", "ic", "responder",
            "responders", "owner", "owners", "captain", "shift", "ops", "support", "vendor", "agent", "agents",
            "colleague", "colleagues", "user", "users", "customer", "customers", "newcomer", "junior", "senior",
            "architect", "architects", "coordinator", "director", "executive", "executives", "pm", "pms", "cto",
            "ceo", "partner", "oncaller", "oncallers", "on-caller", "on-callers", "guy", "guys", "folks");

    /** Capitalised words that are systems, places or plain English, never the name of a person. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "our",
            "their", "his", "her", "its", "my", "your", "it", "there", "here", "what", "which", "who", "when",
            "after", "before", "during", "because", "since", "while", "if", "unless", "then", "again", "also",
            "however", "meanwhile", "later", "earlier", "finally", "first", "second", "third", "next", "last",
            "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "root", "cause", "impact", "traffic", "latency", "load", "memory", "disk", "cpu",
            "storage", "network", "replication", "backup", "backups", "monitoring", "alerting", "logging", "logs",
            "deployment", "deploy", "release", "rollout", "rollback", "config", "configuration", "cache", "queue",
            "database", "service", "services", "requests", "errors", "error", "alerts", "alert", "pages", "page",
            "jobs", "job", "builds", "build", "tests", "testing", "staging", "production", "checkout", "payments",
            "search", "billing", "auth", "login", "api", "apis", "dns", "cdn", "tls", "ssl", "certificate",
            "certificates", "kafka", "redis", "postgres", "postgresql", "mysql", "jenkins", "terraform", "kubernetes",
            "consul", "nginx", "envoy", "grafana", "prometheus", "alertmanager", "pagerduty", "slack", "github",
            "gitlab", "docker", "helm", "vault", "elasticsearch", "opensearch", "cassandra", "spark", "airflow",
            "argo", "spinnaker", "istio", "linux", "windows", "aws", "azure", "gcp", "cloudflare", "akamai", "fastly",
            "okta", "jira", "confluence", "chrome", "java", "python", "node", "bgp", "ci", "cd", "s3", "ec2", "rds",
            "lambda", "zookeeper", "etcd", "haproxy", "varnish", "sentry", "datadog", "splunk", "opsgenie",
            "statuspage", "hindsight", "friday's", "nothing", "everything", "something", "none", "all", "both",
            "each", "every", "some", "many", "most", "several", "few", "other", "others", "another", "such",
            "customers", "users", "support", "management", "ops", "engineering", "europe", "eu", "us", "uk",
            "unfortunately", "frankly", "honestly", "clearly", "obviously", "apparently", "luckily", "fortunately");

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those", "our",
            "their", "his", "her", "its", "my", "your", "some", "every", "each", "no", "any", "one", "very", "more",
            "most", "less", "least", "all", "both", "two", "three", "several", "many", "few", "of", "with", "by");

    /** Auxiliaries and irregular past forms: the first of these ends a clause's subject. */
    private static final Set<String> VERBS = Set.of("was", "were", "is", "are", "am", "be", "been", "being", "has",
            "have", "had", "did", "does", "do", "didn't", "doesn't", "don't", "should", "shouldn't", "could",
            "couldn't", "would", "wouldn't", "will", "won't", "can", "can't", "cannot", "must", "might", "may",
            "never", "wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't", "hadn't", "ran", "made", "took",
            "sent", "put", "set", "chose", "gave", "got", "went", "left", "wrote", "read", "saw", "thought", "knew",
            "forgot", "kept", "let", "brought", "told", "broke", "hit", "cut", "overrode", "misread", "slept",
            "began", "found", "lost", "built", "held", "led", "meant", "paid", "said", "shut", "spent", "stood",
            "understood", "fell", "felt", "drove", "grew", "rose", "spoke", "threw", "woke", "undid", "forget",
            "forgets", "ignore", "ignores", "skip", "skips", "miss", "misses", "neglect", "neglects", "overlook",
            "overlooks", "lacked", "lacks", "lack", "need", "needs", "needed", "wasted", "refused", "insisted");

    private Lexicon() {
    }

    /** True when the subject names a person or group of people: a role, a pronoun, or a person's name. */
    static boolean isPerson(Subject subject, Set<String> knownNames) {
        if (subject.isEmpty()) {
            return false;
        }
        String phrase = subject.phrase().toLowerCase(Locale.ROOT);
        if (phrase.startsWith("no one") || phrase.startsWith("none of us") || phrase.startsWith("whoever")) {
            return true;
        }
        for (String name : knownNames) {
            if (phrase.endsWith(name)) {
                return true;
            }
        }
        return isPersonWord(subject.head());
    }

    /** True for a role or pronoun ("engineer", "they"), or a word that looks like a person's name. */
    static boolean isPersonWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (PEOPLE.contains(lower)) {
            return true;
        }
        return looksLikeName(word);
    }

    /** "Priya", "O'Neil", "Jean-Luc": capitalised, the rest lower case, and not a word or product we know. */
    static boolean looksLikeName(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean nameChar = Character.isLowerCase(c) || c == '\'' || c == '’' || c == '-'
                    || (Character.isUpperCase(c) && i > 1 && (word.charAt(i - 1) == '-' || word.charAt(i - 1) == '\''));
            if (!nameChar) {
                return false;
            }
        }
        return !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} is a verb here, judged by the word before it (so "the failed deploy" is a noun phrase). */
    static boolean isVerb(String word, String previous) {
        if (VERBS.contains(word) || word.endsWith("n't")) {
            return true;
        }
        boolean pastForm = word.length() > 4 && word.endsWith("ed");
        return pastForm && !DETERMINERS.contains(previous) && !previous.endsWith("'s") && !previous.endsWith("’s");
    }
}
