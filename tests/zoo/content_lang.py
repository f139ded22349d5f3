# ruff: noqa: E501  (a bank of sentences and page templates: long lines read better unbroken)
"""The content model of the zoo's French and Spanish brochures: banks written in each language for
the zoo (not translations of content.py's English bank), and ``compose_in(language, rng)``, which
draws one brochure's content and entity truth in the shape content.compose() gives.

Every string of the truth is a string the document prints. A body the data knows carries, as an
alias in the truth, the name it has in English (its international name, written here with the body;
not looked up in the pipeline's data), so that a record naming it canonically is scored right.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from content import Composer, find_years

# ---------------------------------------------------------------- French
FR = {
    # iso: (name, "in" form, "of" form)
    "countries": {
        "SN": ("Sénégal", "au Sénégal", "du Sénégal"), "CI": ("Côte d'Ivoire", "en Côte d'Ivoire", "de Côte d'Ivoire"),
        "ML": ("Mali", "au Mali", "du Mali"), "BF": ("Burkina Faso", "au Burkina Faso", "du Burkina Faso"),
        "NE": ("Niger", "au Niger", "du Niger"), "BJ": ("Bénin", "au Bénin", "du Bénin"), "TG": ("Togo", "au Togo", "du Togo"),
        "CM": ("Cameroun", "au Cameroun", "du Cameroun"), "MG": ("Madagascar", "à Madagascar", "de Madagascar"),
        "MA": ("Maroc", "au Maroc", "du Maroc"), "TN": ("Tunisie", "en Tunisie", "de Tunisie"), "HT": ("Haïti", "en Haïti", "d'Haïti"),
        "CD": ("République démocratique du Congo", "en République démocratique du Congo", "de la République démocratique du Congo"),
    },
    "regions": {
        "sahel": {"name": "Afrique de l'Ouest", "in": "en Afrique de l'Ouest", "countries": ["SN", "CI", "ML", "BF", "NE", "BJ", "TG"],
                  "office": "Bureau régional de l'OIT pour l'Afrique", "city": "Dakar", "cc": "+221 33"},
        "central": {"name": "Afrique centrale", "in": "en Afrique centrale", "countries": ["CM", "CD"],
                    "office": "Bureau de l'OIT pour l'Afrique centrale", "city": "Yaoundé", "cc": "+237 222"},
        "maghreb": {"name": "Afrique du Nord", "in": "en Afrique du Nord", "countries": ["MA", "TN"],
                    "office": "Bureau de l'OIT pour l'Afrique du Nord", "city": "Alger", "cc": "+213 21"},
        "ocean": {"name": "océan Indien et Caraïbes", "in": "dans l'océan Indien et les Caraïbes", "countries": ["MG", "HT"],
                  "office": "Bureau de l'OIT pour l'océan Indien", "city": "Antananarivo", "cc": "+261 20"},
    },
    # key: (name as printed, acronym or None, kind, name in English or None)
    "orgs": {
        "ilo": ("Organisation internationale du Travail", "OIT", "un_agency", "International Labour Organization"),
        "afdb": ("Banque africaine de développement", "BAD", "development_bank", "African Development Bank"),
        "eu": ("Union européenne", "UE", "regional_body", "European Union"),
        "ecowas": ("Communauté économique des États de l'Afrique de l'Ouest", "CEDEAO", "regional_body", "Economic Community of West African States"),
        "uemoa": ("Union économique et monétaire ouest-africaine", "UEMOA", "regional_body", "West African Economic and Monetary Union"),
        "iom": ("Organisation internationale pour les migrations", "OIM", "un_agency", "International Organization for Migration"),
        "undp": ("Programme des Nations Unies pour le développement", "PNUD", "un_agency", "United Nations Development Programme"),
        "unicef": ("Fonds des Nations Unies pour l'enfance", "UNICEF", "un_agency", "United Nations Children's Fund"),
        "wb": ("Banque mondiale", None, "development_bank", "World Bank"),
        "au": ("Union africaine", "UA", "regional_body", "African Union"),
        "afd": ("Agence française de développement", "AFD", "donor_agency", "French Development Agency"),
        "enabel": ("Agence belge de développement", "Enabel", "donor_agency", "Belgian Development Agency"),
        "luxdev": ("Agence luxembourgeoise pour la coopération au développement", "LuxDev", "donor_agency", "Luxembourg Agency for Development Cooperation"),
        "ituc": ("Confédération syndicale internationale", "CSI", "workers_organization", "International Trade Union Confederation"),
        "oif": ("Organisation internationale de la Francophonie", "OIF", "regional_body", "International Organisation of La Francophonie"),
        # bodies the data does not list
        "unsas": ("Union nationale des syndicats autonomes", "UNSAS", "workers_organization", None),
        "cnss": ("Caisse nationale de sécurité sociale", "CNSS", "government", None),
        "feao": ("Fédération des employeurs de l'Afrique de l'Ouest", "FEAO", "employers_organization", None),
        "rfes": ("Réseau des femmes entrepreneures du Sahel", None, "ngo", None),
        "atdd": ("Association des travailleuses domestiques de Dakar", "ATDD", "workers_organization", None),
        "capk": ("Coopérative agricole des productrices de karité", None, "other", None),
        "cfpt": ("Centre de formation professionnelle de Thiès", None, "other", None),
        "bouake": ("Mairie de Bouaké", None, "government", None),
        "fsa": ("Fondation Sahel Avenir", None, "ngo", None),
        "sitc": ("Société ivoirienne de transformation de cajou", "SITC", "company", None),
        "ccid": ("Chambre de commerce et d'industrie de Dakar", "CCID", "employers_organization", None),
        "isft": ("Institut supérieur de formation technique", "ISFT", "other", None),
        "msa": ("Mutuelle de santé des artisans", None, "other", None),
        "posc": ("Plateforme des organisations de la société civile", "POSC", "ngo", None),
        "gef": ("Groupement des éleveurs du Ferlo", None, "other", None),
        "cntb": ("Confédération nationale des travailleurs du bâtiment", "CNTB", "workers_organization", None),
        "agepe": ("Agence pour l'emploi des jeunes", "AEJ", "government", None),
        "solaris": ("Solaris Énergie SARL", None, "company", None),
        # name shapes written after the first rules (held out when they were measured): de/du/des
        # inside the name, a country at its end, an office or council as its head word
        "fnta": ("Fédération nationale des travailleurs de l'agroalimentaire", "FNTA", "workers_organization", None),
        "cslm": ("Confédération des syndicats libres du Mali", "CSLM", "workers_organization", None),
        "cnps": ("Conseil national du patronat du Sénégal", "CNPS", "employers_organization", None),
        "onfpe": ("Office national de la formation professionnelle et de l'emploi", "ONFPE", "government", None),
        "apdt": ("Association pour la promotion des droits des travailleuses", "APDT", "ngo", None),
    },
    "org_countries": {"cslm": "ML", "cnps": "SN"},
    "local": ["rfes", "atdd", "capk", "cfpt", "bouake", "fsa", "isft", "msa", "posc", "gef", "cntb", "agepe", "unsas", "cnss",
              "fnta", "cslm", "cnps", "onfpe", "apdt"],
    "companies": ["sitc", "solaris", "ccid"],
    "ministries": [("de l'Emploi et de la Formation professionnelle", None), ("du Travail et de la Protection sociale", "MTPS"),
                   ("de la Fonction publique et du Travail", None), ("de la Femme, de la Famille et de l'Enfant", None)],
    "ministry": "Ministère {portfolio} {of}",
    "intro": "L'{ilo} rassemble les gouvernements, les employeurs et les travailleurs de 187 États membres pour établir des normes du travail et promouvoir le travail décent pour toutes les femmes et tous les hommes.",
    "topics": {
        "social-protection": {
            "themes": ["social-protection", "social-protection-floors"],
            "titles": ["Étendre la protection sociale {inC}", "La protection sociale pour tous {inR}", "Vers un socle de protection sociale"],
            "paras": [
                "{inC}, à peine un travailleur sur {N} bénéficie d'une prestation de protection sociale. La plupart travaillent dans l'économie informelle et ne disposent d'aucun revenu en cas de maladie ou de vieillesse.",
                "Depuis {Y}, l'{O:ilo} accompagne le gouvernement dans la conception d'un socle national de protection sociale qui garantit l'accès aux soins de santé essentiels.",
                "La {O:cnss} permet désormais aux artisans et aux commerçants de cotiser par téléphone mobile, par petits montants et chaque mois.",
                "Une étude réalisée en {Y} montre qu'une allocation universelle pour enfant coûterait moins de {N2} pour cent du produit intérieur brut.",
            ],
            "bullets": ["Étendre la couverture aux travailleurs de l'économie informelle", "Créer une allocation universelle pour enfant",
                        "Renforcer la gestion des régimes de sécurité sociale", "Améliorer le financement de l'assurance maladie",
                        "Relier les transferts monétaires aux services de l'emploi", "Former le personnel des caisses de sécurité sociale"],
            "heads": ["Pourquoi la protection sociale compte", "Ce que nous faisons", "Premiers résultats", "Perspectives", "Chiffres clés"],
        },
        "youth-employment": {
            "themes": ["youth-employment", "skills-development"],
            "titles": ["Des emplois décents pour les jeunes {ofC}", "L'emploi des jeunes {inR}", "Compétences et emplois pour la jeunesse"],
            "paras": [
                "{inC}, un jeune sur {N} n'est ni en emploi, ni en études, ni en formation. Les jeunes femmes sont les plus touchées.",
                "Entre {Y} et {Y2}, le programme a formé plus de {N}00 jeunes aux métiers de l'installation solaire, de la mécanique et de la transformation agroalimentaire.",
                "L'{O:agepe} travaille avec les entreprises pour adapter les formations aux compétences qu'elles recherchent.",
                "Les jeunes entrepreneurs reçoivent un accompagnement, une petite subvention de démarrage et l'appui de mentors issus du secteur privé.",
            ],
            "bullets": ["Un apprentissage de qualité dans les secteurs porteurs", "L'orientation professionnelle dès le collège",
                        "Un appui à la création d'entreprise", "Des services de l'emploi proches des jeunes ruraux",
                        "Des compétences numériques pour l'économie de plateforme", "Le parrainage par des chefs d'entreprise"],
            "heads": ["Le défi", "Notre démarche", "La parole aux jeunes", "Résultats", "Prochaines étapes"],
        },
        "labour-migration": {
            "themes": ["labour-migration", "fair-recruitment"],
            "titles": ["Un recrutement équitable pour les travailleurs migrants", "Migrer en toute sécurité depuis {C}", "Les migrations de travail {inR}"],
            "paras": [
                "Chaque année, des dizaines de milliers de travailleurs quittent {C} pour travailler à l'étranger. Beaucoup paient des frais de recrutement élevés et arrivent endettés.",
                "L'{O:ilo} et l'{O:iom} aident les gouvernements à adopter des pratiques de recrutement équitables, conformément aux principes généraux adoptés en {Y}.",
                "Les centres d'information pour migrants ont conseillé plus de {N} 000 femmes et hommes avant leur départ et aidé ceux qui rentraient à retrouver un emploi.",
                "Les agences de recrutement qui signent la charte s'engagent à ne facturer aucun frais aux travailleurs.",
            ],
            "bullets": ["Aucun frais de recrutement à la charge des travailleurs", "Un contrat écrit avant le départ",
                        "L'accès à des mécanismes de plainte dans les pays de destination", "La reconnaissance des compétences au retour",
                        "Une préparation au départ pour les femmes migrantes", "Des accords bilatéraux qui protègent les droits"],
            "heads": ["Les migrations en chiffres", "Notre action", "Protéger les travailleuses migrantes", "Partenaires", "Perspectives"],
        },
        "green-jobs": {
            "themes": ["green-jobs", "just-transition", "climate-change"],
            "titles": ["Emplois verts et transition juste", "Des emplois verts {inC}", "Action climatique et travail décent {inR}"],
            "paras": [
                "Le changement climatique menace les emplois et les revenus de millions de travailleurs {inR}. Les sécheresses frappent d'abord les agriculteurs et les éleveurs.",
                "Une transition juste signifie qu'aucun travailleur n'est laissé pour compte lorsque l'économie se transforme. Les principes directeurs adoptés en {Y} tracent la voie.",
                "{inC}, le programme a créé {N}00 emplois verts dans la gestion des déchets, les énergies renouvelables et la construction durable depuis {Y}.",
                "Les travaux à haute intensité de main-d'œuvre dans les pistes rurales et l'irrigation donnent du travail aux populations locales tout en renforçant leur résilience.",
            ],
            "bullets": ["Des compétences pour l'énergie solaire", "Des entreprises vertes dans l'économie circulaire",
                        "Une protection sociale pour les travailleurs touchés par la transition", "Des infrastructures rurales résilientes",
                        "Le dialogue social sur la transition énergétique", "La sécurité dans le recyclage et la collecte des déchets"],
            "heads": ["Un climat qui change", "Qu'est-ce qu'une transition juste ?", "Les emplois verts en pratique", "Nos partenaires", "Résultats"],
        },
        "child-labour": {
            "themes": ["child-labour"],
            "titles": ["Mettre fin au travail des enfants {inC}", "Des chaînes d'approvisionnement sans travail des enfants", "Vers l'élimination du travail des enfants"],
            "paras": [
                "{inR}, des millions d'enfants travaillent, souvent dans des conditions dangereuses, dans les champs, les mines et les ateliers.",
                "La convention sur les pires formes de travail des enfants, 1999 (nº 182), a été ratifiée par tous les États membres de l'{O:ilo}.",
                "Depuis {Y}, des comités communautaires de surveillance repèrent les enfants à risque {inC} et les orientent vers l'école.",
                "Selon une évaluation achevée en {Y2}, les familles qui reçoivent un transfert monétaire envoient beaucoup moins leurs enfants au travail.",
            ],
            "bullets": ["Une éducation gratuite et obligatoire jusqu'à l'âge minimum", "Un travail décent pour les parents",
                        "L'inspection du travail dans l'agriculture", "Le devoir de vigilance des entreprises",
                        "La sensibilisation des parents et des enseignants", "Des cours de rattrapage pour les anciens enfants travailleurs"],
            "heads": ["Les faits", "Pourquoi les enfants travaillent", "Ce qui fonctionne", "Partenaires en action", "Appel à l'action"],
        },
    },
    "purposes": ["étendre la sécurité sociale aux travailleurs de l'économie informelle", "promouvoir un recrutement équitable des travailleurs migrants",
                 "améliorer les conditions de travail dans le secteur du coton", "créer des emplois verts pour les jeunes",
                 "éliminer le travail des enfants dans l'agriculture", "renforcer l'inspection du travail", "développer un apprentissage de qualité",
                 "soutenir les femmes entrepreneures", "améliorer la sécurité sur les chantiers"],
    # (instrument, phrasing, template): {A} {B} parties as mentioned (with their article), {Y} the year
    "partnerships": [
        ("memorandum_of_understanding", "signed", "En {Y}, {A} et {B} ont signé un protocole d'accord pour {purpose}."),
        ("memorandum_of_understanding", "signed-with", "{A} a signé en {Y} un protocole d'accord avec {B} afin de {purpose}."),
        ("cooperation_agreement", "signed", "{A} et {B} ont conclu un accord de coopération en {Y} pour {purpose}."),
        ("cooperation_agreement", "between", "Un accord de coopération entre {A} et {B}, signé en {Y}, vise à {purpose}."),
        ("letter_of_intent", "signed-by", "Une lettre d'intention signée par {A} et {B} en {Y} engage les deux parties à {purpose}."),
        ("public_private_partnership", "launched", "{A} et {B} ont lancé un partenariat public-privé en {Y} pour {purpose}."),
        ("funding", "funded-by", "Avec le financement de {A}, {B} œuvre depuis {Y} à {purpose}."),
        ("partnership", "partnership-with", "Depuis {Y}, {A} travaille en partenariat avec {B} pour {purpose}."),
        # phrasing families written after the first rules (see PHRASINGS_HELD_OUT)
        ("memorandum_of_understanding", "passive-signed", "Un protocole d'accord a été signé en {Y} par {A} et {B} afin de {purpose}."),
        ("partnership", "in-partnership-with", "En partenariat avec {B}, {A} a lancé en {Y} une initiative pour {purpose}."),
        ("funding", "thanks-to-funding", "Grâce au financement de {A}, {B} peut depuis {Y} {purpose}."),
        ("cooperation_agreement", "parties-after", "L'accord de coopération signé en {Y} lie {A} et {B}, qui s'engagent à {purpose}."),
        ("letter_of_intent", "year-elsewhere", "{A} et {B} ont signé une lettre d'intention pour {purpose}. Ce texte est entré en vigueur en {Y}."),
        ("programme", "implemented-by", "Le programme conjoint lancé en {Y} est mis en œuvre par {A} et {B} afin de {purpose}."),
    ],
    # round 3 (session 6), written before any rule was changed for it and held out: only in
    # tests/zoo/corpus-phrasing-fr (generate.py --language fr --phrasings round3)
    "partnerships_round3": [
        ("memorandum_of_understanding", "nominal-signature", "La signature en {Y} d'un protocole d'accord entre {A} et {B} a permis de {purpose}."),
        ("partnership", "partner-of", "{B} est partenaire de {A} depuis {Y} : les deux institutions collaborent pour {purpose}."),
        ("cooperation_agreement", "renewed", "{A} et {B} ont renouvelé en {Y} leur accord de coopération afin de {purpose}."),
        ("cooperation_agreement", "under-agreement", "Dans le cadre d'un accord de coopération conclu en {Y} avec {B}, {A} s'emploie à {purpose}."),
        ("programme", "joined", "{B} a rejoint en {Y} le programme conjoint de {A} pour {purpose}."),
        ("funding", "grant", "Depuis {Y}, {B} bénéficie d'une subvention de {A} pour {purpose}."),
        ("letter_of_intent", "full-date", "Le 1er mars {Y}, {A} et {B} ont paraphé une lettre d'intention visant à {purpose}."),
        ("memorandum_of_understanding", "bound-by", "{A} et {B} sont liés depuis {Y} par un protocole d'accord qui vise à {purpose}."),
    ],
    "multi_party": [
        ("memorandum_of_understanding", "En {Y}, {P} ont signé un protocole d'accord pour {purpose}."),
        ("cooperation_agreement", "{P} ont conclu un accord de coopération en {Y} afin de {purpose}."),
        ("programme", "De {Y} à {Y2}, {P} mènent un programme conjoint pour {purpose}."),
    ],
    "contribution": "En {Y}, {A} et {B} ont signé un accord de contribution pour un programme visant à {purpose}.",
    "and": "et",
    # how a body is mentioned in running text: its article by the first letter and gender
    "feminine": {"afdb", "eu", "ecowas", "uemoa", "iom", "wb", "au", "afd", "ituc", "oif", "unsas", "cnss", "feao", "atdd", "capk", "bouake",
                 "fsa", "sitc", "ccid", "msa", "posc", "cntb", "agepe", "fnta", "cslm", "apdt"},
    "no_article": {"enabel", "luxdev", "solaris", "unicef"},
    "local_paragraphs": [
        "{inC}, les formations sont assurées avec {L1} et {L2}, qui touchent des travailleurs que les services publics atteignent rarement. {M} préside le comité de pilotage.",
        "{L1} accueille le guichet d'information du programme et {L2} forme ses animateurs communautaires. {M} a validé la démarche.",
        "{M} pilote le travail, avec {L1} et {L2} comme partenaires de mise en œuvre.",
    ],
    "ranges": [
        "La deuxième phase du programme se déroule de {y1} à {y2}, dans le cadre du programme par pays de promotion du travail décent.",
        "Le plan d'action national {y1}-{y2} fixe des objectifs sur lesquels le gouvernement rend compte chaque année.",
        "Sur la période {y1}-{y2}, le programme vise à atteindre {n}0 000 travailleurs et leurs familles.",
    ],
    "nested": ("d'abord en milieu rural", "puis dans les villes"),
    "sub_heads": ["Leçons apprises", "Zoom sur {C}", "Étude de cas : {C}", "Faits et chiffres"],
    "partner_heads": ["Nos partenaires", "Travailler ensemble", "Partenariats"],
    "contact_heads": ["Contact", "Nous contacter", "Pour plus d'informations"],
    "link_heads": ["Ressources", "Pour en savoir plus", "Liens utiles"],
    "people": [("Aminata Diallo", "Spécialiste de la protection sociale"), ("Moussa Traoré", "Coordonnateur national"),
               ("Fatou Ndiaye", "Chargée de programme"), ("Jean-Baptiste Kaboré", "Conseiller technique principal"),
               ("Awa Coulibaly", "Spécialiste de l'emploi des jeunes"), ("Yao Kouassi", "Chargé de communication")],
    "contact_labels": [("Tél. :", "Courriel :"), ("Tél.\u00a0:", "Courriel\u00a0:"), ("Téléphone :", "Mél :")],
    "quotes": ["Avant la formation, je ne gagnais de l'argent qu'à la saison des récoltes. Aujourd'hui, j'ai mon propre atelier et deux employés.",
               "Quand travailleurs et employeurs s'assoient à la même table, ils trouvent des solutions que personne n'aurait trouvées seul.",
               "Mon contrat dit combien je gagne et quand je peux me reposer. Cela a tout changé pour ma famille.",
               "La coopérative nous paie un prix juste et nous donne une voix dans le développement du village."],
    "speakers": [("Mariama Sow", "couturière et cheffe d'entreprise"), ("Ibrahim Keïta", "membre d'un comité de sécurité"),
                 ("Adjoa Mensah", "membre d'une coopérative de femmes"), ("Salimata Ouédraogo", "travailleuse domestique")],
    "resources": [("Rapport mondial sur la protection sociale", "https://www.ilo.org/fr/publications/rapport-mondial-protection-sociale"),
                  ("L'emploi des jeunes en Afrique", "https://www.ilo.org/fr/regions-et-pays/afrique/emploi-des-jeunes"),
                  ("Initiative pour un recrutement équitable", "https://www.ilo.org/fr/themes/recrutement-equitable"),
                  ("Principes directeurs pour une transition juste", "https://www.ilo.org/fr/publications/principes-directeurs-transition-juste"),
                  ("Le travail des enfants", "https://www.ilo.org/fr/themes/travail-des-enfants"),
                  ("NORMLEX : normes internationales du travail", "https://normlex.ilo.org/dyn/normlex/fr")],
    "indicators": [("Taux d'activité (%)", 50, 80), ("Chômage des jeunes (%)", 5, 30), ("Emploi informel (%)", 40, 95),
                   ("Couverture sociale (%)", 5, 60), ("Jeunes formés", 200, 900)],
    "table_head": "Indicateur", "table_caption": "Tableau 1. Indicateurs clés", "baseline": ("situation de départ", "dernière mesure"),
}

# ---------------------------------------------------------------- Spanish
ES = {
    "countries": {
        "PE": ("Perú", "en el Perú", "del Perú"), "BO": ("Bolivia", "en Bolivia", "de Bolivia"), "CO": ("Colombia", "en Colombia", "de Colombia"),
        "EC": ("Ecuador", "en el Ecuador", "del Ecuador"), "GT": ("Guatemala", "en Guatemala", "de Guatemala"),
        "HN": ("Honduras", "en Honduras", "de Honduras"), "SV": ("El Salvador", "en El Salvador", "de El Salvador"),
        "PY": ("Paraguay", "en el Paraguay", "del Paraguay"), "MX": ("México", "en México", "de México"),
        "DO": ("República Dominicana", "en la República Dominicana", "de la República Dominicana"), "CR": ("Costa Rica", "en Costa Rica", "de Costa Rica"),
    },
    "regions": {
        "andes": {"name": "los países andinos", "in": "en los países andinos", "countries": ["PE", "BO", "CO", "EC"],
                  "office": "Oficina de la OIT para los Países Andinos", "city": "Lima", "cc": "+51 1"},
        "central": {"name": "Centroamérica", "in": "en Centroamérica", "countries": ["GT", "HN", "SV", "CR", "DO"],
                    "office": "Oficina de la OIT para América Central", "city": "San José", "cc": "+506 2"},
        "south": {"name": "el Cono Sur", "in": "en el Cono Sur", "countries": ["PY"],
                  "office": "Oficina de la OIT para el Cono Sur de América Latina", "city": "Santiago", "cc": "+56 2"},
        "mexico": {"name": "México", "in": "en México", "countries": ["MX"],
                   "office": "Oficina Subregional de la OIT para el Norte de América Latina", "city": "Ciudad de México", "cc": "+52 55"},
    },
    "orgs": {
        "ilo": ("Organización Internacional del Trabajo", "OIT", "un_agency", "International Labour Organization"),
        "idb": ("Banco Interamericano de Desarrollo", "BID", "development_bank", "Inter-American Development Bank"),
        "undp": ("Programa de las Naciones Unidas para el Desarrollo", "PNUD", "un_agency", "United Nations Development Programme"),
        "eu": ("Unión Europea", "UE", "regional_body", "European Union"),
        "iom": ("Organización Internacional para las Migraciones", "OIM", "un_agency", "International Organization for Migration"),
        "unicef": ("Fondo de las Naciones Unidas para la Infancia", "UNICEF", "un_agency", "United Nations Children's Fund"),
        "wb": ("Banco Mundial", None, "development_bank", "World Bank"),
        "caf": ("Banco de Desarrollo de América Latina y el Caribe", "CAF", "development_bank", "Development Bank of Latin America and the Caribbean"),
        "eclac": ("Comisión Económica para América Latina y el Caribe", "CEPAL", "un_agency", "United Nations Economic Commission for Latin America and the Caribbean"),
        "aecid": ("Agencia Española de Cooperación Internacional para el Desarrollo", "AECID", "donor_agency", "Spanish Agency for International Development Cooperation"),
        "oas": ("Organización de los Estados Americanos", "OEA", "regional_body", "Organization of American States"),
        "unwomen": ("ONU Mujeres", None, "un_agency", "United Nations Entity for Gender Equality and the Empowerment of Women"),
        "fao": ("Organización de las Naciones Unidas para la Alimentación y la Agricultura", "FAO", "un_agency", "Food and Agriculture Organization of the United Nations"),
        "sica": ("Sistema de la Integración Centroamericana", "SICA", "regional_body", "Central American Integration System"),
        # bodies the data does not list
        "fenatrah": ("Federación Nacional de Trabajadoras del Hogar", "FENATRAH", "workers_organization", None),
        "cgt": ("Confederación General de Trabajadores", "CGT", "workers_organization", None),
        "cncs": ("Cámara Nacional de Comercio y Servicios", "CNCS", "employers_organization", None),
        "amer": ("Asociación de Mujeres Emprendedoras Rurales", "AMER", "ngo", None),
        "cacvv": ("Cooperativa Agraria Cafetalera Valle Verde", None, "other", None),
        "inft": ("Instituto Nacional de Formación Técnica", "INFOTEC", "government", None),
        "mml": ("Municipalidad Metropolitana de Lima", None, "government", None),
        "ffa": ("Fundación Futuro Andino", None, "ngo", None),
        "rjes": ("Red de Jóvenes Emprendedores del Sur", None, "ngo", None),
        "ctsm": ("Colegio Técnico San Martín", None, "other", None),
        "sne": ("Servicio Nacional de Empleo", "SENAE", "government", None),
        "eta": ("Empresa Textil Andina S.A.", None, "company", None),
        "cns": ("Caja Nacional de Salud", "CNS", "government", None),
        "sutc": ("Sindicato Unificado de Trabajadores de la Construcción", "SUTC", "workers_organization", None),
        "cafeval": ("Empresa Cafetalera del Valle S.A.", None, "company", None),
        # name shapes written after the first rules (held out when they were measured)
        "cutp": ("Central Unitaria de Trabajadores del Perú", "CUTP", "workers_organization", None),
        "cea": ("Confederación de Empresarios del Altiplano", "CEA", "employers_organization", None),
        "fetav": ("Federación de Trabajadores Agrícolas del Valle", "FETAV", "workers_organization", None),
        "ifpe": ("Instituto de Formación Profesional del Ecuador", "IFPE", "government", None),
        "aptd": ("Asociación para la Promoción del Trabajo Digno", "APTD", "ngo", None),
    },
    "org_countries": {"cutp": "PE", "ifpe": "EC"},
    "local": ["fenatrah", "amer", "cacvv", "inft", "mml", "ffa", "rjes", "ctsm", "sne", "cns", "sutc", "cgt", "cutp", "cea", "fetav", "ifpe",
              "aptd"],
    "companies": ["eta", "cafeval", "cncs"],
    "ministries": [("de Trabajo y Promoción del Empleo", "MTPE"), ("de Trabajo y Previsión Social", None), ("de Desarrollo Social", None),
                   ("de la Mujer y Poblaciones Vulnerables", None)],
    "ministry": "Ministerio {portfolio} {of}",
    "intro": "La {ilo} reúne a gobiernos, empleadores y trabajadores de 187 Estados miembros para establecer normas laborales y promover el trabajo decente para todas las mujeres y todos los hombres.",
    "topics": {
        "youth-employment": {
            "themes": ["youth-employment", "skills-development"],
            "titles": ["Trabajo decente para la juventud {ofC}", "Empleo juvenil {inR}", "Competencias y empleo para los jóvenes"],
            "paras": [
                "{inC}, uno de cada {N} jóvenes no estudia ni trabaja. Las mujeres jóvenes son las más afectadas por el desempleo.",
                "Entre {Y} y {Y2}, el programa capacitó a más de {N}00 jóvenes en oficios como la instalación de paneles solares, la mecánica y la gastronomía.",
                "El {O:inft} trabaja con las empresas para actualizar los planes de estudio según las competencias que el mercado demanda.",
                "Las personas jóvenes que emprenden reciben asesoría, un pequeño capital semilla y el acompañamiento de mentores del sector privado.",
            ],
            "bullets": ["Aprendizaje de calidad en sectores en crecimiento", "Orientación vocacional en la escuela secundaria",
                        "Apoyo a la creación de empresas", "Servicios de empleo cercanos a la juventud rural",
                        "Competencias digitales para la economía de plataformas", "Mentorías con empresarias y empresarios"],
            "heads": ["El desafío", "Nuestro enfoque", "Testimonios", "Resultados", "Próximos pasos"],
        },
        "domestic-work": {
            "themes": ["domestic-workers"],
            "titles": ["Trabajo decente para las trabajadoras del hogar", "Trabajadoras domésticas {inR}", "Derechos para las trabajadoras del hogar {inC}"],
            "paras": [
                "Las trabajadoras del hogar cocinan, limpian y cuidan de niños y personas mayores. {inR}, la gran mayoría son mujeres y muchas son migrantes.",
                "El Convenio sobre las trabajadoras y los trabajadores domésticos, 2011 (núm. 189), reconoce su derecho al descanso semanal y a un contrato por escrito.",
                "Desde {Y}, la {O:fenatrah} brinda asesoría legal gratuita y ayuda a las trabajadoras a organizarse.",
                "Un contrato tipo aprobado {inC} en {Y2} regula el salario, los días de descanso y las condiciones de terminación.",
            ],
            "bullets": ["Un día de descanso semanal", "Contrato de trabajo por escrito", "Cobertura del salario mínimo",
                        "Seguridad social para las trabajadoras del hogar", "Derecho a conservar sus documentos", "Acceso a la justicia"],
            "heads": ["¿Quiénes son las trabajadoras del hogar?", "Derechos en el trabajo", "Lo que hacemos", "Resultados", "Participe"],
        },
        "cooperatives": {
            "themes": ["cooperatives", "social-solidarity-economy"],
            "titles": ["Cooperativas para el trabajo decente", "Las cooperativas {inR}", "Cooperativas más fuertes {inC}"],
            "paras": [
                "Las cooperativas son empresas de propiedad de sus socios y gestionadas democráticamente. {inC} comercializan café, ofrecen ahorro y crédito y administran tiendas rurales.",
                "La Recomendación sobre la promoción de las cooperativas, 2002 (núm. 193), orienta a los gobiernos para crear un marco jurídico favorable.",
                "Desde {Y}, más de {N} 000 socios de cooperativas completaron cursos de gobernanza, contabilidad y comercialización.",
                "Hoy las mujeres ocupan un tercio de los puestos directivos de las cooperativas que apoya el programa, frente a una de cada diez en {Y2}.",
            ],
            "bullets": ["Reforma de la ley de cooperativas", "Formación en gobernanza y gestión", "Acceso a financiamiento y mercados",
                        "Liderazgo de las mujeres en las cooperativas", "Cooperativas juveniles en la economía digital", "Estadísticas de cooperativas"],
            "heads": ["¿Qué es una cooperativa?", "Nuestro apoyo", "Impacto", "Aliados", "Más información"],
        },
        "osh": {
            "themes": ["occupational-safety-health"],
            "titles": ["Trabajo seguro y saludable {inC}", "Seguridad y salud en el trabajo {inR}", "La seguridad es lo primero"],
            "paras": [
                "Cada día, trabajadores {inR} mueren por accidentes de trabajo o enfermedades profesionales. La mayoría de estas muertes se pueden prevenir.",
                "En {Y}, la Conferencia Internacional del Trabajo incluyó un entorno de trabajo seguro y saludable entre los principios y derechos fundamentales en el trabajo.",
                "Los comités paritarios de seguridad de {N}0 fábricas {inC} se reúnen cada mes e inspeccionan el lugar de trabajo junto con la gerencia.",
                "El {O:sutc} capacita a delegados de seguridad y publica guías para las pequeñas empresas de la construcción.",
            ],
            "bullets": ["Evaluación de riesgos en las pequeñas empresas", "Comités paritarios de seguridad y salud",
                        "Formación de inspectores del trabajo", "Protección frente a sustancias químicas",
                        "Registro y notificación de accidentes", "Inspecciones de seguridad en edificios"],
            "heads": ["Por qué importa la seguridad", "Un derecho fundamental", "Nuestro programa", "Resultados", "Herramientas y guías"],
        },
        "child-labour": {
            "themes": ["child-labour"],
            "titles": ["Poner fin al trabajo infantil {inC}", "Cadenas de suministro libres de trabajo infantil", "Hacia la eliminación del trabajo infantil"],
            "paras": [
                "{inR}, millones de niñas y niños trabajan, muchos de ellos en actividades peligrosas en el campo, las minas y los talleres.",
                "El Convenio sobre las peores formas de trabajo infantil, 1999 (núm. 182), ha sido ratificado por todos los Estados miembros de la {O:ilo}.",
                "Desde {Y}, comités comunitarios {inC} identifican a los niños en riesgo y los derivan a la escuela y a los servicios sociales.",
                "Según una evaluación concluida en {Y2}, las familias que reciben transferencias monetarias envían mucho menos a sus hijos a trabajar.",
            ],
            "bullets": ["Educación gratuita y obligatoria hasta la edad mínima", "Trabajo decente para las personas adultas de la familia",
                        "Inspección del trabajo en la agricultura", "Debida diligencia de las empresas",
                        "Sensibilización de madres, padres y docentes", "Clases de nivelación para quienes dejaron de trabajar"],
            "heads": ["Los hechos", "Por qué trabajan los niños", "Lo que funciona", "Aliados en acción", "Llamado a la acción"],
        },
    },
    "purposes": ["extender la seguridad social a los trabajadores de la economía informal", "promover la contratación equitativa de trabajadores migrantes",
                 "mejorar las condiciones de trabajo en la industria textil", "crear empleos verdes para la juventud",
                 "eliminar el trabajo infantil en la agricultura", "fortalecer la inspección del trabajo", "promover un aprendizaje de calidad",
                 "apoyar a las mujeres emprendedoras", "mejorar la seguridad en la construcción"],
    "partnerships": [
        ("memorandum_of_understanding", "signed", "En {Y}, {A} y {B} firmaron un memorando de entendimiento para {purpose}."),
        ("memorandum_of_understanding", "signed-with", "{A} suscribió en {Y} un memorando de entendimiento con {B} para {purpose}."),
        ("cooperation_agreement", "signed", "{A} y {B} firmaron un acuerdo de cooperación en {Y} con el fin de {purpose}."),
        ("cooperation_agreement", "between", "Un convenio de cooperación entre {A} y {B}, firmado en {Y}, busca {purpose}."),
        ("letter_of_intent", "signed-by", "Una carta de intención firmada por {A} y {B} en {Y} compromete a ambas partes a {purpose}."),
        ("public_private_partnership", "launched", "{A} y {B} lanzaron una alianza público-privada en {Y} para {purpose}."),
        ("funding", "funded-by", "Con el financiamiento de {A}, {B} trabaja desde {Y} para {purpose}."),
        ("partnership", "partnership-with", "Desde {Y}, {A} trabaja en alianza con {B} para {purpose}."),
        # phrasing families written after the first rules (see PHRASINGS_HELD_OUT)
        ("memorandum_of_understanding", "passive-signed", "El memorando de entendimiento fue firmado en {Y} por {A} y {B} para {purpose}."),
        ("funding", "with-support", "Con el apoyo de {A}, {B} puso en marcha en {Y} una iniciativa para {purpose}."),
        ("cooperation_agreement", "subscribed", "{A} y {B} suscribieron en {Y} un convenio de cooperación para {purpose}."),
        ("public_private_partnership", "parties-after", "La alianza público-privada creada en {Y} une a {A} y {B} con el objetivo de {purpose}."),
        ("letter_of_intent", "year-elsewhere", "{A} y {B} firmaron una carta de intención para {purpose}. El documento entró en vigor en {Y}."),
        ("programme", "implemented-by", "El programa conjunto iniciado en {Y} es ejecutado por {A} y {B} para {purpose}."),
    ],
    # round 3 (session 6), written before any rule was changed for it and held out: only in
    # tests/zoo/corpus-phrasing-es (generate.py --language es --phrasings round3)
    "partnerships_round3": [
        ("memorandum_of_understanding", "nominal-signature", "La firma de un memorando de entendimiento entre {A} y {B} en {Y} permitió {purpose}."),
        ("partnership", "partner-of", "{B} es socio de {A} desde {Y}: ambas instituciones colaboran para {purpose}."),
        ("cooperation_agreement", "renewed", "{A} y {B} renovaron en {Y} su convenio de cooperación con el fin de {purpose}."),
        ("cooperation_agreement", "under-agreement", "En el marco de un acuerdo de cooperación celebrado en {Y} con {B}, {A} trabaja para {purpose}."),
        ("programme", "joined", "{B} se sumó en {Y} al programa conjunto de {A} para {purpose}."),
        ("funding", "grant", "Desde {Y}, {B} recibe una subvención de {A} para {purpose}."),
        ("letter_of_intent", "full-date", "El 15 de marzo de {Y}, {A} y {B} rubricaron una carta de intención para {purpose}."),
        ("memorandum_of_understanding", "bound-by", "{A} y {B} están vinculados desde {Y} por un memorando de entendimiento cuyo objetivo es {purpose}."),
    ],
    "multi_party": [
        ("memorandum_of_understanding", "En {Y}, {P} firmaron un memorando de entendimiento para {purpose}."),
        ("cooperation_agreement", "{P} suscribieron un acuerdo de cooperación en {Y} para {purpose}."),
        ("programme", "Entre {Y} y {Y2}, {P} ejecutan un programa conjunto para {purpose}."),
    ],
    "contribution": "En {Y}, {A} y {B} firmaron un acuerdo de contribución para un programa destinado a {purpose}.",
    "and": "y",
    "feminine": {"ilo", "eu", "iom", "eclac", "aecid", "oas", "fao", "fenatrah", "cgt", "cncs", "amer", "cacvv", "mml", "ffa", "rjes", "eta", "cns",
                 "caf", "cafeval", "cutp", "cea", "fetav", "aptd"},
    "no_article": {"unwomen", "unicef"},
    "local_paragraphs": [
        "{inC}, los cursos se dictan junto con {L1} y {L2}, que llegan a trabajadores que los servicios públicos rara vez atienden. {M} preside el comité directivo.",
        "{L1} acoge la ventanilla de información del programa y {L2} forma a sus promotores comunitarios. {M} respaldó el enfoque.",
        "{M} lidera el trabajo, con {L1} y {L2} como socios ejecutores.",
    ],
    "ranges": [
        "La segunda fase del programa se desarrolla de {y1} a {y2}, en el marco del programa de trabajo decente por país.",
        "El plan nacional de acción {y1}-{y2} fija metas sobre las que el gobierno informa cada año.",
        "En el período {y1}-{y2}, el programa busca llegar a {n}0 000 trabajadores y sus familias.",
    ],
    "nested": ("primero en las zonas rurales", "luego en las ciudades"),
    "sub_heads": ["Lecciones aprendidas", "Una mirada a {C}", "Estudio de caso: {C}", "Datos y cifras"],
    "partner_heads": ["Nuestros aliados", "Trabajar juntos", "Alianzas"],
    "contact_heads": ["Contacto", "Contáctenos", "Para más información"],
    "link_heads": ["Recursos", "Lecturas recomendadas", "Enlaces útiles"],
    "people": [("Rafael Quispe", "Coordinador nacional"), ("María Fernanda Rojas", "Especialista en empleo juvenil"),
               ("Lucía Mamani", "Oficial de programa"), ("Jorge Castillo", "Asesor técnico principal"),
               ("Carmen Villalobos", "Especialista en protección social"), ("Diego Herrera", "Oficial de comunicaciones")],
    "contact_labels": [("Tel.:", "Correo electrónico:"), ("Teléfono:", "Correo:"), ("Tel:", "Email:")],
    "quotes": ["Antes de la capacitación solo ganaba dinero en la época de cosecha. Ahora tengo mi propio taller y dos empleados.",
               "Cuando trabajadores y empleadores se sientan a la misma mesa, encuentran soluciones que nadie encontraría solo.",
               "Mi contrato dice cuánto gano y cuándo descanso. Eso cambió todo para mi familia.",
               "La cooperativa nos paga un precio justo y nos da voz en el desarrollo de la comunidad."],
    "speakers": [("Rosa Condori", "costurera y dueña de un taller"), ("Luis Ramírez", "delegado de seguridad"),
                 ("Juana Choque", "socia de una cooperativa de mujeres"), ("Ana Flores", "trabajadora del hogar")],
    "resources": [("Informe Mundial sobre la Protección Social", "https://www.ilo.org/es/publicaciones/informe-mundial-proteccion-social"),
                  ("Empleo juvenil en América Latina", "https://www.ilo.org/es/regiones-y-paises/america-latina/empleo-juvenil"),
                  ("Trabajadoras del hogar", "https://www.ilo.org/es/temas/trabajadoras-del-hogar"),
                  ("Cooperativas y economía social", "https://www.ilo.org/es/temas/cooperativas"),
                  ("Trabajo infantil", "https://www.ilo.org/es/temas/trabajo-infantil"),
                  ("NORMLEX: normas internacionales del trabajo", "https://normlex.ilo.org/dyn/normlex/es")],
    "indicators": [("Tasa de participación laboral (%)", 50, 80), ("Desempleo juvenil (%)", 5, 30), ("Empleo informal (%)", 40, 90),
                   ("Cobertura de seguridad social (%)", 10, 70), ("Jóvenes capacitados", 200, 900)],
    "table_head": "Indicador", "table_caption": "Cuadro 1. Indicadores clave", "baseline": ("línea de base", "último dato"),
}

BANKS = {"fr": FR, "es": ES}

PHRASINGS_HELD_OUT = ("parties-after", "year-elsewhere", "implemented-by")
"""Phrasing families of the second round (session 5) that no rule was fitted on: their failures
were read as totals only (``partnerships@<family>`` in bench/eval.py). The other families of that
round (passive-signed, in-partnership-with, thanks-to-funding, with-support, subscribed) were read
while the rules were fixed."""
ACRONYM_FIRST_SHARE = 0.25
"""How often a body with an acronym is named acronym first the first time: "la FNTA (Fédération
nationale des travailleurs de l'agroalimentaire)", "la CEA (Confederación de Empresarios ...)"."""
LOWER_CASE_MINISTRY_SHARE = 0.4
"""How often a French ministry is written as French typography wants it in running text: "le
ministère de l'Emploi ... du Sénégal" (the first letter of a sentence is a capital all the same)."""

# the design's own strings in each language (generate.draw_design): running headers, footers, credits ...
DESIGN_STRINGS = {
    "fr": {"header": ["Note d'information", "Fiche pays nº 4", "Série Fiches techniques", "Note d'orientation 12", "Actualités du programme"],
           "footer": ["Page {i} sur {n}", "Page {i}", "{i}"],
           "credit": ["Photo : BIT/M. Crozet", "Photo : © OIT/A. Diop", "Crédit photo : OIT/K. Osei"],
           "figure": ["Figure 1. Des apprentis dans un centre de formation", "Figure 1. Membres d'une coopérative de femmes"],
           "deck": ["Un guide pour comprendre ce que fait le programme et ce qu'il a accompli", "Faits, chiffres et témoignages du terrain"],
           "tagline": ["Promouvoir la justice sociale et le travail décent", "Le travail décent pour tous"],
           "footnote": ["Estimations fondées sur les enquêtes nationales sur l'emploi.", "Chiffres arrondis à la centaine près."]},
    "es": {"header": ["Nota informativa", "Ficha de país núm. 4", "Serie Notas técnicas", "Nota de política 12", "Novedades del programa"],
           "footer": ["Página {i} de {n}", "Página {i}", "{i}"],
           "credit": ["Foto: OIT/M. Crozet", "Foto: © OIT/A. Quispe", "Crédito de la foto: OIT/K. Ríos"],
           "figure": ["Figura 1. Aprendices en un centro de formación", "Figura 1. Socias de una cooperativa de mujeres"],
           "deck": ["Una guía sobre lo que hace el programa y lo que ha logrado", "Datos, cifras y testimonios del terreno"],
           "tagline": ["Promover la justicia social y el trabajo decente", "Trabajo decente para todas y todos"],
           "footnote": ["Estimaciones basadas en las encuestas nacionales de empleo.", "Cifras redondeadas a la centena más próxima."]},
}


# the article after a preposition, as the language writes it: "de le PNUD" is "du PNUD", "de el BID" "del BID"
CONTRACTIONS = {"fr": [(r"\bde le ", "du "), (r"\bde les ", "des "), (r"\bà le ", "au "), (r"\bà les ", "aux "),
                       (r"\b([dD])e (?=[aeiouéèêâîôAEIOUÉ])", r"\1'")],
                "es": [(r"\bde el ", "del "), (r"\ba el ", "al ")]}


def contract(bank, text: str) -> str:
    language = "fr" if bank is FR else "es"
    for pattern, replacement in CONTRACTIONS[language]:
        text = re.sub(pattern, replacement, text)
    return text


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("’", "'")).strip().lower()


_DATA_NAMES: set[str] | None = None


def known_to_data(name: str) -> bool:
    """Whether pipeline/data names this body by ``name``, in organizations.json or in a language's
    organizations.json (its aliases); by name only, as content.known_to_data."""
    global _DATA_NAMES
    if _DATA_NAMES is None:
        data_dir = Path(__file__).resolve().parents[2] / "pipeline" / "data"
        _DATA_NAMES = set()
        for o in json.loads((data_dir / "organizations.json").read_text(encoding="utf-8"))["organizations"]:
            _DATA_NAMES.update(_norm(n) for n in [o["name"], *o.get("aliases", [])])
        for path in sorted(data_dir.glob("*/organizations.json")):
            extra = json.loads(path.read_text(encoding="utf-8"))
            _DATA_NAMES.update(_norm(n) for names in extra.get("aliases", {}).values() for n in names)
            _DATA_NAMES.update(_norm(o["name"]) for o in extra.get("organizations", []))
    return _norm(name) in _DATA_NAMES


class LangComposer:
    """Fills one language's templates; keeps track of the bodies mentioned and the countries printed."""

    def __init__(self, bank, rng, countries, region_key):
        self.bank, self.rng, self.countries = bank, rng, countries
        self.region = bank["regions"][region_key]
        self.orgs_seen: dict[str, tuple[str, str | None]] = {}
        self.dynamic: dict[str, tuple[str, str | None, str, None]] = {}
        self.printed_countries: set[str] = set()
        self.partner_pool = [k for k in bank["orgs"] if k != "ilo"]
        rng.shuffle(self.partner_pool)

    def country(self, iso, form=0):
        self.printed_countries.add(iso)
        return self.bank["countries"][iso][form]

    def lookup(self, key):
        return self.dynamic[key] if key in self.dynamic else self.bank["orgs"][key]

    def ministry(self):
        iso = self.rng.choice(self.countries)
        portfolio, acr = self.rng.choice(self.bank["ministries"])
        key = f"min-{iso}-{portfolio}"
        if key not in self.dynamic:
            name = self.bank["ministry"].format(portfolio=portfolio, of=self.country(iso, 2))
            if self.bank is FR and self.rng.random() < LOWER_CASE_MINISTRY_SHARE:
                name = name[0].lower() + name[1:]
            self.dynamic[key] = (name, acr if self.rng.random() < 0.5 else None, "government", None)
        self.printed_countries.add(iso)
        return key

    def org(self, key):
        """The body as printed: its name (with its acronym) the first time, its acronym after."""
        name, acr, _kind, _english = self.lookup(key)
        if key not in self.orgs_seen:
            self.orgs_seen[key] = (name, acr)
            if key in self.bank.get("org_countries", {}):
                self.printed_countries.add(self.bank["org_countries"][key])
            if acr and self.rng.random() < ACRONYM_FIRST_SHARE:
                return f"{acr} ({name})"
            return f"{name} ({acr})" if acr else name
        return acr or name

    def article(self, key, printed):
        """The mention with the article it takes: "l'OIT", "la BAD", "le PNUD", "el BID", "la OIT"."""
        short = self.lookup(key)[1] or self.lookup(key)[0]
        if key in self.bank["no_article"] and (printed == short or printed.startswith(f"{short} (")):
            return printed  # "Enabel", "UNICEF", "ONU Mujeres"; but "l'Agence belge de développement (Enabel)"
        feminine = key in self.bank["feminine"]
        if self.bank is FR:
            if printed[0] in "AEIOUÉÈHaeiouéè":
                return "l'" + printed
            return ("la " if feminine else "le ") + printed
        return ("la " if feminine else "el ") + printed

    def mention(self, key):
        return self.article(key, self.org(key))

    def fill(self, tpl):
        rng = self.rng
        out = re.sub(r"\{O:(\w+)\}", lambda m: self.org(m.group(1)), tpl)
        y = rng.randint(2008, 2021)
        out = out.replace("{Y2}", str(y + rng.randint(1, 4))).replace("{Y}", str(y))
        out = out.replace("{N2}", str(rng.randint(1, 3))).replace("{N}", str(rng.randint(2, 9)))
        iso = rng.choice(self.countries)
        out = out.replace("{C}", self.bank["countries"][iso][0]).replace("{inC}", self.bank["countries"][iso][1])
        out = out.replace("{ofC}", self.bank["countries"][iso][2])
        if any(f in tpl for f in ("{C}", "{inC}", "{ofC}")):
            self.printed_countries.add(iso)
        out = contract(self.bank, out.replace("{inR}", self.region["in"]).replace("{R}", self.region["name"]))
        return out[0].upper() + out[1:]

    partner = Composer.partner  # the same choice: from the pool a body not named yet, else the next partner

    def party(self, key):
        name, acr, _, _ = self.lookup(key)
        return acr or name

    def partnership(self, phrasings="zoo"):
        """One partnership sentence and its truth; ``phrasings="round3"``: a template of the bank's
        ``partnerships_round3`` only (the held-out round)."""
        rng, bank = self.rng, self.bank
        year = rng.randint(2012, 2024)
        purpose = rng.choice(bank["purposes"])
        roll = 1.0 if phrasings == "round3" else rng.random()
        if roll < 0.2:  # three or four parties
            inst, tpl = rng.choice(bank["multi_party"])
            end_year = year + rng.randint(2, 4)
            keys = ["ilo"] + [self.partner() for _ in range(rng.randint(2, 3))]
            if rng.random() < 0.3:
                keys[rng.randint(1, len(keys) - 1)] = self.ministry()
            rng.shuffle(keys)
            ms = [self.mention(k) for k in keys]
            text = tpl.format(P=", ".join(ms[:-1]) + f" {bank['and']} " + ms[-1], Y=year, Y2=end_year, purpose=purpose)
            truth = {"parties": [self.party(k) for k in keys], "instrument": inst, "year": year, "phrasing": "multi-party"}
            if "{Y2}" in tpl:
                truth["end_year"] = end_year
        elif roll < 0.3:  # a contribution agreement
            donor = rng.choice([k for k in ("eu", "afdb", "afd", "enabel", "luxdev", "idb", "aecid", "caf") if k in bank["orgs"]])
            text = bank["contribution"].format(A=self.mention(donor), B=self.mention("ilo"), Y=year, purpose=purpose)
            truth = {"parties": [self.party(donor), self.party("ilo")], "instrument": "funding", "year": year, "phrasing": "contribution-agreement"}
        else:
            inst, phrasing, tpl = rng.choice(bank["partnerships_round3" if phrasings == "round3" else "partnerships"])
            a_key = "ilo" if rng.random() < 0.6 else self.partner()
            if inst == "public_private_partnership" and rng.random() < 0.7:
                b_key = self.partner(bank["companies"])
            elif rng.random() < 0.2:
                b_key = self.ministry()
            else:
                b_key = self.partner()
            if inst == "funding":
                a_key, b_key = b_key, "ilo"
            text = tpl.format(A=self.mention(a_key), B=self.mention(b_key), Y=year, purpose=purpose)
            truth = {"parties": [self.party(a_key), self.party(b_key)], "instrument": inst, "year": year, "phrasing": phrasing}
        text = contract(self.bank, text)
        return text[0].upper() + text[1:], truth

    def local_paragraph(self):
        rng = self.rng
        l1, l2 = rng.sample([k for k in self.bank["local"] if k not in self.orgs_seen] or self.bank["local"], 2)
        m = self.ministry()
        out = rng.choice(self.bank["local_paragraphs"])
        if "{inC}" in out:
            out = out.replace("{inC}", self.country(rng.choice(self.countries), 1))
        out = out.replace("{L1}", self.mention(l1)).replace("{L2}", self.mention(l2)).replace("{M}", self.mention(m))
        out = re.sub(r"(^|\. )([a-zé])", lambda mm: mm.group(1) + mm.group(2).upper(), contract(self.bank, out))
        return out

    def truth_orgs(self):
        out = []
        for k, (n, a) in self.orgs_seen.items():
            _, _, kind, english = self.lookup(k)
            o = {"name": n, "acronym": a, "known_to_data": known_to_data(n), "kind": kind}
            if english:
                o["aliases"] = [english]
            if k in self.dynamic:
                o["country"] = k.split("-")[1]
            out.append(o)
        return out


def compose_in(language, rng, long_list=False, phrasings="zoo"):
    """One brochure's content in ``language`` ("fr" or "es"), in the shape of content.compose(), with
    ``countries`` and ``years`` of the truth (the countries printed are tracked, not searched for);
    ``phrasings="round3"``: its partnerships only in the held-out round 3 (``partnerships_round3``)."""
    bank = BANKS[language]
    topic_key = rng.choice(sorted(bank["topics"]))
    topic = bank["topics"][topic_key]
    region_key = rng.choice(sorted(bank["regions"]))
    region = bank["regions"][region_key]
    countries = rng.sample(region["countries"], k=min(len(region["countries"]), rng.randint(1, 3)))
    comp = LangComposer(bank, rng, countries, region_key)
    title = comp.fill(rng.choice(topic["titles"]))
    partnerships = []
    intro = bank["intro"].format(ilo=comp.org("ilo"))
    sections = []
    heads = rng.sample(topic["heads"], k=rng.randint(3, 4))
    paras = list(topic["paras"])
    rng.shuffle(paras)
    bullets = list(topic["bullets"])
    rng.shuffle(bullets)
    extras = ["table", "quote", "partners", "contact", "links"]
    rng.shuffle(extras)
    extras = ["partners"] + [e for e in extras if e != "partners"][: rng.randint(2, 4)]
    for i, h in enumerate(heads):
        blocks = []
        if i == 0:
            blocks.append({"type": "para", "text": intro})
        if paras:
            blocks.append({"type": "para", "text": comp.fill(paras.pop())})
        if i == 1 and rng.random() < 0.6:
            blocks.append({"type": "para", "text": comp.local_paragraph()})
        if i == 1 or (i == 2 and rng.random() < 0.5):
            n = min(rng.randint(6, 7) if long_list and i == 1 else rng.randint(3, 4), len(bullets))
            items = [(bullets.pop(), 1) for _ in range(n)]
            if len(items) >= 2 and rng.random() < 0.35:
                items.insert(1, (bank["nested"][0], 2))
                items.insert(2, (bank["nested"][1], 2))
            if len(items) >= 2:
                blocks.append({"type": "bullets", "items": items})
        sub = None
        if i == 2 and rng.random() < 0.5 and paras:
            sub = {"heading": comp.fill(rng.choice(bank["sub_heads"])), "level": 2, "blocks": [{"type": "para", "text": comp.fill(paras.pop())}]}
        if i == 1 and rng.random() < 0.5:
            y1 = rng.randint(2016, 2023)
            blocks.append({"type": "para", "text": rng.choice(bank["ranges"]).format(y1=y1, y2=y1 + rng.randint(3, 5), n=rng.randint(2, 9))})
        sections.append({"heading": h, "level": 1, "blocks": blocks})
        if sub:
            sections.append(sub)
    for ex in extras:
        if ex == "table":
            inds = rng.sample(bank["indicators"], k=rng.randint(2, 4))
            cols = [comp.country(c) for c in countries][:3]
            if len(cols) == 1:
                cols = [f"{comp.country(countries[0])}, {a}" for a in bank["baseline"]]
            rows = [[name] + [str(rng.randint(lo, hi)) for _ in cols] for name, lo, hi in inds]
            rng.choice(sections)["blocks"].append({"type": "table", "header": [bank["table_head"]] + cols, "rows": rows,
                                                   "caption": bank["table_caption"]})
        elif ex == "quote":
            sp, role = rng.choice(bank["speakers"])
            iso = rng.choice(countries)
            rng.choice(sections)["blocks"].append({"type": "quote", "text": rng.choice(bank["quotes"]), "speaker": sp,
                                                   "role": f"{role}, {comp.country(iso)}"})
        elif ex == "partners":
            ps = []
            for _ in range(rng.randint(3, 4)):  # (2 to 3 before session 5: the new phrasing families needed more of them)
                t, tr = comp.partnership(phrasings)
                ps.append(t)
                partnerships.append(tr)
            sections.append({"heading": rng.choice(bank["partner_heads"]), "level": 1, "blocks": [{"type": "para", "text": " ".join(ps)}]})
        elif ex == "contact":
            name, role = rng.choice(bank["people"])
            first, last = name.split(" ", 1)
            simple = last.split()[-1].lower().translate(str.maketrans("áéíóúñïë", "aeiounie"))
            email = f"{simple}@ilo.org" if rng.random() < 0.5 else f"{first.lower().translate(str.maketrans('áéíóúñïë-', 'aeiounie.'))}.{simple}@ilo.org"
            phone = f"{region['cc']} {rng.randint(200, 899)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
            tel, mail = rng.choice(bank["contact_labels"])
            sections.append({"heading": rng.choice(bank["contact_heads"]), "level": 1,
                             "blocks": [{"type": "contact", "name": name, "role": role, "org": region["office"], "city": region["city"],
                                         "email": email, "phone": phone, "tel_label": tel, "email_label": mail}]})
            comp.orgs_seen.setdefault("ilo", bank["orgs"]["ilo"][:2])
        elif ex == "links":
            res = rng.sample(bank["resources"], k=rng.randint(2, 4))
            sections.append({"heading": rng.choice(bank["link_heads"]), "level": 1, "blocks": [{"type": "links", "items": res}]})
    full = "\n".join([title] + [s["heading"] for s in sections] + [b.get("text", "") for s in sections for b in s["blocks"]]
                     + [c for s in sections for b in s["blocks"] if b["type"] == "table" for r in [b["header"], *b["rows"]] for c in r]
                     + [b["role"] for s in sections for b in s["blocks"] if b["type"] == "quote"]
                     + [t for s in sections for b in s["blocks"] if b["type"] == "bullets" for t, _ in b["items"]])
    return {"topic": topic_key, "region": region_key, "title": title, "sections": sections, "orgs": comp.truth_orgs(),
            "themes": topic["themes"], "partnerships": partnerships, "language": language,
            "countries": sorted(comp.printed_countries), "years": sorted(find_years(full))}
