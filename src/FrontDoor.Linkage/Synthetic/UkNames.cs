namespace FrontDoor.Linkage.Synthetic;

/// <summary>
/// Name lists for the synthetic population, shaped like an inner-London borough: a heavy head of very common
/// surnames (Begum, Khan, Islam, Ahmed, Smith) and first names (Mohammed), and a long tail. Weights are relative.
/// </summary>
internal static class UkNames
{
    public static readonly (string Name, int Weight)[] Surnames =
    [
        ("begum", 60), ("khan", 45), ("islam", 35), ("ahmed", 40), ("miah", 30), ("uddin", 28), ("rahman", 30), ("hussain", 28),
        ("ali", 32), ("khatun", 20), ("chowdhury", 18), ("akhtar", 10), ("siddique", 6), ("hassan", 10), ("mohamed", 12),
        ("smith", 40), ("jones", 25), ("williams", 22), ("brown", 20), ("taylor", 18), ("davies", 14), ("evans", 12),
        ("wilson", 12), ("thomas", 12), ("johnson", 12), ("roberts", 10), ("robinson", 9), ("thompson", 9), ("wright", 9),
        ("walker", 8), ("white", 8), ("edwards", 7), ("hughes", 7), ("green", 7), ("hall", 7), ("lewis", 7), ("harris", 7),
        ("clarke", 6), ("patel", 25), ("shah", 8), ("singh", 12), ("kaur", 10), ("nguyen", 6), ("okafor", 5), ("adeyemi", 5),
        ("mensah", 4), ("kowalski", 4), ("nowak", 5), ("wisniewski", 3), ("murphy", 6), ("kelly", 6), ("o'brien", 4),
        ("mcdonald", 4), ("campbell", 5), ("stewart", 4), ("anderson", 4), ("scott", 4), ("morris", 5), ("cooper", 5),
        ("ward", 5), ("turner", 5), ("hill", 5), ("wood", 5), ("jackson", 6), ("martin", 6), ("king", 5), ("baker", 5),
        ("abdi", 6), ("farah", 5), ("warsame", 3), ("osman", 4), ("yusuf", 4), ("ibrahim", 5), ("omar", 4), ("said", 3),
        ("da silva", 3), ("santos", 3), ("ferreira", 3), ("popescu", 3), ("ionescu", 2), ("kaya", 3), ("yilmaz", 3),
        ("smith-jones", 1), ("fitzgerald", 2), ("montgomery", 1), ("featherstone", 1), ("ravenscroft", 1), ("blackwood", 1),
        ("ashworth", 1), ("pemberton", 1), ("whitfield", 1), ("hargreaves", 1), ("threlfall", 1), ("ogunleye", 1),
        ("quashie", 1), ("zielinski", 1), ("lindqvist", 1), ("castellano", 1), ("devereux", 1), ("mcallister", 1),
    ];

    public static readonly (string Name, int Weight)[] MaleFirst =
    [
        ("mohammed", 60), ("abdul", 20), ("ahmed", 12), ("ali", 10), ("hussain", 6), ("ibrahim", 6), ("yusuf", 6),
        ("omar", 6), ("hassan", 6), ("rashid", 4), ("shahid", 4), ("karim", 4), ("jamal", 3), ("faisal", 3), ("tariq", 3),
        ("robert", 14), ("william", 14), ("james", 16), ("john", 16), ("david", 14), ("michael", 14), ("richard", 10),
        ("thomas", 12), ("christopher", 10), ("daniel", 10), ("matthew", 8), ("andrew", 10), ("anthony", 8), ("edward", 6),
        ("joseph", 8), ("samuel", 6), ("benjamin", 6), ("alexander", 6), ("nicholas", 5), ("stephen", 6), ("peter", 8),
        ("patrick", 4), ("charles", 5), ("henry", 4), ("oliver", 6), ("jack", 6), ("harry", 6), ("george", 6), ("liam", 4),
        ("piotr", 3), ("jan", 2), ("tomasz", 2), ("andrei", 2), ("kwame", 2), ("chinedu", 2), ("abdi", 4), ("mustafa", 3),
        ("raj", 3), ("arjun", 3), ("sanjay", 2), ("gurpreet", 2), ("aidan", 2), ("declan", 2), ("ciaran", 2),
        ("barnaby", 1), ("crispin", 1), ("leopold", 1), ("ptolemy", 1), ("rufus", 1), ("ignatius", 1),
    ];

    public static readonly (string Name, int Weight)[] FemaleFirst =
    [
        ("fatima", 14), ("aisha", 10), ("khadija", 6), ("mariam", 8), ("zainab", 6), ("amina", 6), ("nasrin", 5),
        ("shamima", 5), ("hasina", 5), ("parveen", 4), ("hodan", 3), ("farah", 3), ("shirin", 3), ("rahima", 3),
        ("elizabeth", 10), ("margaret", 8), ("catherine", 8), ("sarah", 12), ("rebecca", 8), ("jessica", 8), ("susan", 8),
        ("jennifer", 8), ("victoria", 6), ("charlotte", 8), ("emily", 10), ("olivia", 10), ("sophie", 8), ("hannah", 8),
        ("alexandra", 4), ("patricia", 5), ("deborah", 5), ("dorothy", 3), ("mary", 10), ("anne", 6), ("helen", 6),
        ("isabella", 5), ("natalia", 3), ("katarzyna", 3), ("agnieszka", 2), ("priya", 3), ("ananya", 2), ("harpreet", 2),
        ("chiamaka", 2), ("ama", 2), ("siobhan", 3), ("niamh", 3), ("aoife", 2), ("grace", 6), ("amelia", 6), ("ella", 5),
        ("persephone", 1), ("clementine", 1), ("araminta", 1), ("hermione", 1), ("ottilie", 1), ("philippa", 1),
    ];

    public static readonly string[] Streets =
    [
        "high street", "station road", "church street", "victoria road", "green lane", "mile end road", "commercial road",
        "whitechapel road", "cable street", "brick lane", "roman road", "bow road", "cambridge heath road", "globe road",
        "burdett road", "manchester road", "westferry road", "east india dock road", "poplar high street", "chrisp street",
        "jamaica street", "stepney way", "ben jonson road", "ocean estate", "old ford road", "wick lane", "fairfield road",
        "tredegar square", "malmesbury road", "antill road", "grove road", "lefevre walk", "parnell road", "monier road",
        "hackney road", "columbia road", "bethnal green road", "vallance road", "turin street", "hanbury street",
        "fournier street", "princelet street", "wilkes street", "sclater street", "cheshire street", "pedley street",
        "buxton street", "spital street", "hemming street", "deal street", "chicksand street", "old montague street",
        "greatorex street", "fieldgate street", "settles street", "plumbers row", "adler street", "new road", "philpot street",
        "sidney street", "jubilee street", "redmans road", "hayfield passage", "stepney green", "white horse lane", "assembly passage",
    ];

    public static readonly string[] Towns = ["london", "london", "london", "bethnal green", "bow", "poplar", "stepney", "whitechapel", "limehouse", "wapping"];

    public static readonly string[] Districts = ["E1", "E2", "E3", "E14", "E1W", "E15", "E16", "E8", "E9", "E5"];
}
