package dev.playground.engine.guard;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The phrases of prompt injections and jailbreaks, English and Spanish, over text that is lower-cased, without accents
 * and without invisible characters. Each rule starts at one of its trigger words, so only those words cost a match.
 */
final class InjectionRules {
    static final String INJECTION = "INJECTION";
    static final String JAILBREAK = "JAILBREAK";
    static final String PROMPT_LEAK = "PROMPT_LEAK";
    static final String HIDDEN_TEXT = "HIDDEN_TEXT";

    record Rule(String kind, double weight, List<String> triggers, Pattern pattern, String evidence) {}

    private static final String W = "(?:[a-z0-9'-]+[,;:]?\\s+)";
    private static final String EN_TARGET = "(?:instructions?|rules|prompts?|directions|directives|guidelines|guardrails|restrictions"
            + "|constraints|programming|policies|filters|messages?|context|orders|commands)\\b";
    private static final String EN_QUALIFIER = "(?:previous|prior|above|earlier|preceding|initial|original|system|developer|safety"
            + "|existing|current|old|all|your|any|every|these|those|given|hidden|default|built-in|openai|anthropic)";
    private static final String ES_TARGET = "(?:instrucciones|reglas|indicaciones|normas|ordenes|directrices|restricciones|prompt"
            + "|mensajes? del sistema|limitaciones|politicas|filtros)\\b";

    static final List<Rule> RULES = List.of(
            rule(INJECTION, 0.92, "asks to ignore the earlier instructions", "ignore disregard forget bypass override skip drop",
                    "(?:ignore|disregard|forget|bypass|override|skip|drop)\\s+(?:(?:all|any|of|the|your|my|every|these|those|about)\\s+){0,3}"
                            + EN_QUALIFIER + "\\s+" + W + "{0,2}" + EN_TARGET),
            rule(INJECTION, 0.85, "asks to forget everything said before", "forget ignore disregard",
                    "(?:forget|ignore|disregard)\\s+(?:about\\s+)?(?:everything|anything|all(?: of it| of the| of)?|what)\\s+(?:(?:you\\s+(?:were|have been)\\s+"
                            + "(?:told|given|taught))|(?:above|before|previously|so far|earlier|i said|we said))"),
            rule(INJECTION, 0.85, "tells the model not to follow its instructions", "do don't dont stop",
                    "(?:do not|don't|dont|stop)\\s+(?:follow(?:ing)?|obey(?:ing)?|listen(?:ing)? to)\\s+(?:(?:the|your|any|all|of)\\s+){0,3}"
                            + "(?:previous|prior|system|original|above|developer|initial|safety)?\\s*" + EN_TARGET),
            rule(INJECTION, 0.6, "gives new instructions that replace the old ones", "new your from",
                    "(?:(?:your\\s+)?new\\s+(?:instructions|rules|task|role|objective|system prompt)\\s*(?:are|is|:)|from now on,?\\s+(?:you\\s+"
                            + "(?:will|must|are|shall|should)|ignore|only|always|respond|answer))"),
            rule(INJECTION, 0.85, "says the model is no longer bound by its rules", "you you're",
                    "(?:you are|you're)\\s+(?:now\\s+)?no longer\\s+(?:bound|restricted|limited|an? (?:ai|assistant|language model)|chatgpt"
                            + "|required|subject)"),
            rule(INJECTION, 0.75, "fakes a system or developer message", "system developer admin im_start",
                    "(?:(?:system|developer|admin)\\s*(?:override|message|update|note|instruction)s?\\s*[:\\]]|im_start\\s*\\|?>?\\s*system"
                            + "|system\\]\\s*:?\\s*(?:ignore|new|you))"),
            rule(PROMPT_LEAK, 0.88, "asks for the hidden prompt or instructions",
                    "reveal show print repeat output display tell give share leak dump write recite list copy paste return spell",
                    "(?:reveal|show|print|repeat|output|display|tell|give|share|leak|dump|write|recite|list|copy|paste|return|spell)\\s+"
                            + "(?:me\\s+|us\\s+|out\\s+|back\\s+)?" + W + "{0,3}(?:(?:your|the)\\s+(?:[a-z]+\\s+)?(?:system|initial|hidden|secret|original"
                            + "|developer|full|exact|first|pre-?)\\s*(?:prompt|instructions|message)|(?:your|the)\\s+(?:instructions|prompt|rules"
                            + "|guidelines) (?:you were given|above|verbatim|word for word)|your (?:instructions|prompt|rules|guidelines)\\b"
                            + "|(?:everything|all|the text|the words|what is written) (?:above|before this)|the (?:prompt|text) above)"),
            rule(PROMPT_LEAK, 0.75, "asks what the model's instructions are", "what",
                    "what\\s+(?:is|are|were)\\s+your\\s+(?:exact\\s+|original\\s+|initial\\s+|full\\s+|hidden\\s+)?(?:system prompt|prompt"
                            + "|instructions|rules|guidelines|directives)"),
            rule(JAILBREAK, 0.92, "the 'do anything now' jailbreak", "dan do",
                    "(?:dan\\b.{0,60}(?:do anything now|jailbr|no (?:rules|restrictions|limits))|do anything now)"),
            rule(JAILBREAK, 0.88, "role-play as a model without limits",
                    "pretend act roleplay role-play imagine play simulate become you you're behave",
                    "(?:pretend|act|roleplay|role-play|imagine|play|simulate|become|behave|you are|you're)\\s+(?:that\\s+|as\\s+if\\s+|like\\s+)?"
                            + W + "{0,6}(?:without|with no|free (?:of|from)|that has no|who has no|who ignores|unfiltered|uncensored|unrestricted"
                            + "|jailbroken|evil|amoral|unethical|no longer has)\\s*" + W + "{0,2}(?:restrictions|filters|limits|limitations|rules"
                            + "|guidelines|censorship|ethics|morals|policies|safety|boundaries|ai|assistant|model|chatbot|version|twin|persona)?"),
            rule(JAILBREAK, 0.88, "switches on a mode without limits", "enable activate enter switch turn you you're developer god",
                    "(?:(?:enable|activate|enter|switch (?:to|into)|turn on|you are (?:now )?in|you're (?:now )?in)\\s+(?:the\\s+)?"
                            + "(?:developer|god|jailbreak|dan|unrestricted|unfiltered|debug|evil|admin) mode|(?:developer|god|jailbreak) mode"
                            + "\\s+(?:enabled|activated))"),
            rule(JAILBREAK, 0.8, "declares that no rules apply", "you you're there",
                    "(?:you (?:are|have|can|will|must)|you're|there are)\\s+(?:now\\s+)?" + W + "{0,2}(?:no|without|free of|free from)\\s+"
                            + "(?:any\\s+)?(?:restrictions|filters|limitations|limits|rules|guidelines|censorship|morals|ethics|boundaries)"),
            // Spanish
            rule(INJECTION, 0.9, "pide ignorar las instrucciones anteriores",
                    "ignora ignore ignorad olvida olvidate descarta omite pasa salta saltate no",
                    "(?:ignora|ignore|ignorad|ignoren|olvida|olvidate de|olvidad|descarta|omite|pasa de|salta|saltate|no hagas caso (?:a|de)"
                            + "|no sigas|no obedezcas)\\s+(?:(?:todas?|todos|las|los|tus|sus|mis|de|el|la|lo|cualquier)\\s+){0,3}" + ES_TARGET),
            rule(INJECTION, 0.85, "pide olvidar todo lo anterior", "olvida olvidate ignora borra",
                    "(?:olvida|olvidate de|ignora|borra)\\s+(?:todo\\s+)?(?:lo\\s+)?(?:anterior|que te (?:dije|dijeron|han dicho|dieron)"
                            + "|todo lo (?:anterior|de arriba|dicho))"),
            rule(INJECTION, 0.6, "da instrucciones nuevas que sustituyen a las anteriores", "tus nuevas a",
                    "(?:(?:tus\\s+)?nuevas\\s+(?:instrucciones|reglas|ordenes)\\s*(?:son|:)|a partir de ahora,?\\s+(?:ignoraras|solo|siempre"
                            + "|no (?:seguiras|tienes)|eres un[ao]? (?:ia|asistente|modelo) sin))"),
            rule(INJECTION, 0.85, "dice que el modelo ya no sigue sus reglas", "ya",
                    "ya no (?:eres|estas (?:sujet|obligad|limitad)|tienes que (?:seguir|obedecer|respetar))"),
            rule(PROMPT_LEAK, 0.88, "pide el prompt o las instrucciones ocultas",
                    "muestra muestrame revela revelame dime ensename repite imprime escribe comparte dame copia",
                    "(?:muestra(?:me)?|revela(?:me)?|dime|ensename|repite(?:me)?|imprime|escribe(?:me)?|comparte|dame|copia)\\s+" + W
                            + "{0,3}(?:(?:el\\s+)?(?:prompt|mensaje) (?:del sistema|inicial|original|oculto|de sistema)|(?:las\\s+)?instrucciones"
                            + " (?:del sistema|iniciales|originales|ocultas|secretas|que te (?:dieron|han dado))|tus (?:instrucciones|reglas"
                            + "|directrices)|tu prompt|todo lo (?:anterior|de arriba)|el texto (?:anterior|de arriba))"),
            rule(PROMPT_LEAK, 0.75, "pregunta cuales son las instrucciones del modelo", "cual cuales",
                    "cual(?:es)?\\s+(?:es|son|eran)\\s+(?:exactamente\\s+)?(?:tu|tus)\\s+(?:prompt|instrucciones|reglas|directrices)"),
            rule(JAILBREAK, 0.88, "juego de rol como un modelo sin limites",
                    "finge fingir imagina actua haz interpreta juguemos hagamos eres comportate simula",
                    "(?:finge|fingir|imagina|actua|haz como|interpreta|juguemos|hagamos|eres|comportate|simula)\\s+" + W
                            + "{0,7}(?:sin (?:restricciones|filtros|limites|reglas|censura|normas|etica|moral)|sin ninguna (?:restriccion|regla"
                            + "|limitacion)|malvad[oa]|sin escrupulos|liberad[oa]|desbloquead[oa])"),
            rule(JAILBREAK, 0.88, "activa un modo sin limites", "activa activar entra estas cambia habilita modo",
                    "(?:(?:activa|activar|entra en|estas en|cambia a|habilita)\\s+(?:el\\s+)?modo (?:desarrollador|dios|sin restricciones"
                            + "|sin filtros|dan|jailbreak|libre)|modo (?:desarrollador|dios|dan|jailbreak) (?:activado|habilitado))"),
            rule(JAILBREAK, 0.8, "declara que no hay reglas", "no ya",
                    "(?:ya\\s+)?no (?:tienes|hay|existen|debes respetar)\\s+(?:ningun[ao]?s?\\s+)?(?:restricciones|reglas|limites|filtros"
                            + "|normas|limitaciones|politicas)"));

    private InjectionRules() {}

    private static Rule rule(String kind, double weight, String evidence, String triggers, String regex) {
        return new Rule(kind, weight, List.of(triggers.split(" ")), Pattern.compile(regex), evidence);
    }
}
