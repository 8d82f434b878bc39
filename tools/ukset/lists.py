"""Static word lists for make.py (synthetic; hand-built for this test set).

Nothing here describes a real person. Surname lists are common England and Wales
surnames in rough frequency order (weights are assigned by rank in make.py);
street, town and locality names are invented for the fictional county of Wrenshire.
"""

# --- surnames -------------------------------------------------------------------------------
# Rough frequency order for England and Wales (most common first).
BRITISH_SURNAMES = """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Jackson Wood Turner Martin
Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips
Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey
Collins Bell Shaw Murphy Miller Cox Richards Marshall Anderson Simpson Ellis Adams Wilkinson
Foster Chapman Powell Webb Rogers Gray Mason Hunt Campbell Matthews Owen Palmer Holmes Mills
Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham
Pearson Fletcher Walsh Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford
Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Dawson Ball Burton O'Brien Watts
Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett
Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland
Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Dean Lane
Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long
Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins
O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler
Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May Pritchard
Gilbert Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt
Barber Nelson Slater Austin Sullivan Whitehead Mann Frost Lambert Stephens Blake Lynch Goodwin
Barton Woodward Thomson Cunningham Quinn Barnett Baxter Clayton Nash Greenwood Jennings Holt
Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks
French Stanley Jarvis Gibbs Ferguson Hayward Carroll Douglas Dickinson Todd Barlow Peters Lucas
Knowles Hartley Simmons Morton Alexander Field Morley Whittaker MacDonald O'Sullivan McKenzie
McLean Mackenzie McGrath O'Donnell D'Souza Ashworth Duffy Connolly Kirby Hanson Brennan Sanderson
""".split()

# surname lists for other family backgrounds (no rank weighting needed)
SURNAMES = {
    "pakistani_bangladeshi": "Khan Hussain Ali Ahmed Akhtar Iqbal Mahmood Rashid Shah Miah Uddin Rahman Islam Chowdhury Hassan Malik Butt Aziz Javed Riaz Anwar Sadiq Hanif Mirza Qureshi Siddiqui".split(),
    "indian": "Patel Singh Sharma Kumar Gill Sandhu Sidhu Mistry Parmar Chauhan Joshi Mehta Desai Dhillon Bains Grewal".split(),
    "west_african": "Okafor Adeyemi Okonkwo Mensah Owusu Boateng Asante Adebayo Nwosu Eze Ogunleye Bello Danso Appiah Oyelaran Adeleke Nwachukwu Osei".split(),
    "somali": "Mohamed Abdi Hassan Osman Ali Farah Warsame Jama Yusuf Ahmed Omar".split(),
    "polish": "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Mazur Jankowski Krawczyk".split(),
    "romanian": "Popescu Popa Ionescu Dumitru Stan Stoica Gheorghe Munteanu Constantin Rusu".split(),
    "chinese": "Wang Li Zhang Chen Liu Huang Zhou Wu Lin Nguyen Tran".split(),
}
FEMALE_ONLY_SURNAMES = {"pakistani_bangladeshi": ["Begum", "Bibi", "Kausar"], "indian": ["Kaur"]}

# --- given names for groups other than 'british' (children, then adults) -----------------------
GIVEN = {
    "pakistani_bangladeshi": {
        "M": "Muhammad Mohammed Ibrahim Yusuf Adam Zain Ayaan Hamza Ali Omar Abdullah Zakariya Musa Idris Bilal Haris Rayyan Ismail Haroon Umar".split(),
        "F": "Aisha Maryam Fatima Zainab Hafsa Khadija Amira Inaya Hania Safa Ayesha Noor Zara Sana Iqra Aleena Anaya Eman Hiba Laiba".split(),
        "AM": "Mohammed Muhammad Imran Tariq Kamran Asif Faisal Usman Shahid Naveed Zubair Abdul Rizwan Sajid Amjad".split(),
        "AF": "Nazia Shazia Farzana Rubina Saima Samina Nasreen Shabana Fatima Ayesha Rukhsana Shamima Tahira".split(),
    },
    "indian": {
        "M": "Arjun Aarav Rohan Dev Krish Jai Vihaan Harjot Jaskaran Aryan Ishaan Kabir Rishi Veer".split(),
        "F": "Priya Anika Diya Simran Aanya Riya Isha Kiran Navneet Harleen Anjali Meera Tara Jasleen".split(),
        "AM": "Rajesh Sanjay Vikram Amit Gurpreet Jaspreet Harvinder Sunil Manoj Ravi Deepak Kuldip".split(),
        "AF": "Sunita Anjali Pooja Meena Rupinder Harpreet Kamaljit Nisha Reena Sonia Parminder".split(),
    },
    "west_african": {
        "M": "David Daniel Samuel Emmanuel Joshua Kwame Kofi Chidi Tobi Oluwaseun Ayodele Tomiwa Ifeanyi Nathaniel Jeremiah Elijah".split(),
        "F": "Favour Precious Blessing Grace Esther Deborah Adaeze Chioma Ifeoma Amara Tolani Abena Mercy Praise".split(),
        "AM": "Emmanuel Samuel Oluwaseun Chinedu Kwabena Babatunde Femi Kofi Ade Segun Godwin".split(),
        "AF": "Grace Blessing Funmilayo Adaeze Ngozi Abena Akosua Yetunde Comfort Patience Bisi".split(),
    },
    "somali": {
        "M": "Abdirahman Abdullahi Mohamed Ahmed Yusuf Abdi Hamza Ayub Ismail Liban Mustafa".split(),
        "F": "Hodan Nimo Sagal Fadumo Hibo Ayaan Amina Asha Ifrah Sumaya Hamdi".split(),
        "AM": "Abdi Mohamed Abdirahman Hassan Ali Osman Farah Abdullahi".split(),
        "AF": "Fadumo Hawa Amina Khadra Sahra Faisa Hodan Asha".split(),
    },
    "polish": {
        "M": "Jakub Kacper Szymon Filip Mateusz Wojciech Michał Łukasz Bartosz Aleksander Antoni Franciszek Oliwer Piotr".split(),
        "F": "Zuzanna Julia Maja Lena Oliwia Wiktoria Natalia Aleksandra Zofia Amelia Hanna Martyna".split(),
        "AM": "Piotr Krzysztof Tomasz Marcin Paweł Michał Łukasz Grzegorz Wojciech Dariusz Rafał".split(),
        "AF": "Agnieszka Katarzyna Małgorzata Joanna Magdalena Anna Ewa Monika Beata Justyna".split(),
    },
    "romanian": {
        "M": "Andrei Alexandru Ionuț Mihai Gabriel Ștefan Darius Luca Vlad David Rareș".split(),
        "F": "Ana Maria Ioana Elena Andreea Bianca Alexia Daria Sofia Denisa Ștefania".split(),
        "AM": "Ion Gheorghe Constantin Marian Florin Cristian Adrian Bogdan".split(),
        "AF": "Elena Mihaela Cristina Gabriela Florentina Daniela Nicoleta Ramona".split(),
    },
    "chinese": {
        "M": "Yu Xuan|Hao Ran|Zi Hao|Jun Jie|Wei|Minh|Bao|Yi Chen|Kai".split("|"),
        "F": "Zi Han|Jia Hui|Xin Yi|Mei|Yu Tong|Linh|Anh|Shu Fen|Ying".split("|"),
        "AM": "Wei|Jian|Hong|Tuan|Hung|Ming|Jun".split("|"),
        "AF": "Li Na|Mei Ling|Hoa|Lan|Xiu Ying|Thu|Yan".split("|"),
    },
}
# English names some families from these groups give or use as preferred names
ENGLISH_PREFERRED = {"M": "Kevin Jason Tony Daniel Michael Eric Jack Ben Leo".split(),
                     "F": "Grace Amy Lucy Vicky Jenny Emma Chloe Lily".split()}

# British adults (born roughly 1971-2001): older-generation names, in rough popularity order
BRITISH_ADULT = {
    "M": """David Daniel James Michael Christopher Matthew Paul Mark Andrew Richard Stephen Lee Craig
        Darren Jason Gary Wayne Robert John Thomas Adam Jamie Ryan Ben Luke Scott Simon Steven Anthony
        Carl Dean Kevin Martin Neil Peter Shaun Jonathan Ian Nicholas Kieran Liam Dale Ricky Jordan
        Aaron Nathan Joseph Samuel William Gavin Stuart Alan Philip Sean Karl Russell Tony Damien
        Marcus Kyle Jack Joshua Leon Curtis Reece Nathaniel Jermaine Delroy""".split(),
    "F": """Sarah Emma Claire Lisa Nicola Rebecca Laura Gemma Kelly Michelle Samantha Louise Rachel
        Jennifer Victoria Amy Kerry Donna Joanne Hayley Stacey Natalie Leanne Helen Katie Charlotte
        Hannah Jessica Lauren Jade Danielle Kirsty Zoe Amanda Karen Tracey Angela Julie Alison
        Catherine Elizabeth Sophie Stephanie Kate Melissa Carly Sian Jodie Abigail Chloe Georgina
        Holly Kayleigh Lucy Tanya Dawn Paula Sharon Debbie Marie Anna Jenna Shanice Chantelle""".split(),
}
CLASSIC_MIDDLE = {"M": "James John Thomas William David Lee Michael Paul Alexander George Edward Robert Jay Anthony".split(),
                  "F": "Rose Grace Mae May Elizabeth Louise Jane Marie Ann Anne Lily Jade Leigh Victoria".split()}

# --- nicknames: curated British forms (formal -> known-as) ------------------------------------
NICKNAMES = {
    "Alexander": ["Alex", "Xander"], "Alexandra": ["Alex", "Lexi", "Sasha"], "Alfred": ["Alfie", "Alf"],
    "Archibald": ["Archie"], "Anthony": ["Tony", "Ant"], "Benjamin": ["Ben", "Benji"],
    "Charles": ["Charlie"], "Charlotte": ["Charlie", "Lottie"], "Christopher": ["Chris", "Kit"],
    "Daniel": ["Dan", "Danny"], "David": ["Dave", "Davey"], "Edward": ["Ed", "Eddie", "Ted"],
    "Eleanor": ["Ellie", "Nell"], "Elizabeth": ["Beth", "Lizzie", "Libby", "Eliza"], "Emily": ["Em", "Emmy"],
    "Frederick": ["Fred", "Freddie"], "Gabriella": ["Gabby", "Ella"], "Henry": ["Harry", "Hal"],
    "Isabella": ["Bella", "Izzy"], "Isabelle": ["Izzy", "Belle"], "Isabel": ["Izzy"], "Jacob": ["Jake"],
    "James": ["Jamie", "Jim", "Jimmy"], "Jessica": ["Jess", "Jessie"], "Jonathan": ["Jon", "Jonny"],
    "Joseph": ["Joe", "Joey"], "Joshua": ["Josh"], "Katherine": ["Kate", "Katie"], "Catherine": ["Kate", "Cat", "Katie"],
    "Leonardo": ["Leo"], "Leon": ["Leo"], "Margaret": ["Maggie"], "Matthew": ["Matt", "Matty"],
    "Michael": ["Mike", "Mikey", "Mick"], "Nathaniel": ["Nate", "Nat"], "Nicholas": ["Nick", "Nicky"],
    "Olivia": ["Liv", "Livvy"], "Oliver": ["Ollie", "Olly"], "Rebecca": ["Becky", "Becca"],
    "Richard": ["Rich", "Ricky"], "Robert": ["Rob", "Robbie", "Bobby"], "Samantha": ["Sam", "Sammie"],
    "Samuel": ["Sam", "Sammy"], "Sebastian": ["Seb"], "Stephen": ["Steve"], "Steven": ["Steve"],
    "Thomas": ["Tom", "Tommy"], "Theodore": ["Theo", "Teddy"], "Victoria": ["Vicky", "Tori"],
    "William": ["Will", "Billy", "Liam"], "Zachary": ["Zach", "Zac"], "Amelia": ["Millie", "Amy"],
    "Abigail": ["Abbie", "Abby"], "Harrison": ["Harry"], "Jennifer": ["Jen", "Jenny"],
    "Nathan": ["Nate"], "Gabriel": ["Gabe"], "Dominic": ["Dom"], "Cameron": ["Cam"], "Callum": ["Cal"],
    "Jayden": ["Jay"], "Madison": ["Maddie"], "Madeleine": ["Maddie"], "Georgia": ["Georgie"],
    "Georgina": ["Georgie", "Gina"], "Francesca": ["Fran", "Frankie"], "Harriet": ["Hattie"],
    "Josephine": ["Josie"], "Louise": ["Lou"], "Natalie": ["Nat"], "Natasha": ["Tash", "Tasha"],
    "Sophia": ["Sophie"], "Jasmine": ["Jaz"], "Kimberley": ["Kim"], "Stephanie": ["Steph"],
    "Christina": ["Tina", "Chrissie"], "Danielle": ["Dani"], "Nicola": ["Nicky"], "Jacqueline": ["Jackie"],
    "Muhammad": ["Mo"], "Mohammed": ["Mo"], "Mohammad": ["Mo"], "Abdirahman": ["Abdi"],
    "Wojciech": ["Wojtek"], "Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"],
    "Aleksander": ["Olek"], "Jakub": ["Kuba"], "Agnieszka": ["Aga"], "Zuzanna": ["Zuza"],
    "Krzysztof": ["Krzys"], "Oluwaseun": ["Seun"], "Oluwatobi": ["Tobi"], "Ayodele": ["Ayo"],
    "Emmanuel": ["Manny"], "Babatunde": ["Tunde"], "Ifeanyi": ["Ify"], "Mackenzie": ["Kenzie"],
    "Kayden": ["Kay"], "Tyler": ["Ty"], "Maximilian": ["Max"], "Maxwell": ["Max"], "Lillian": ["Lily"],
    "Penelope": ["Penny"], "Dylan": ["Dyl"], "Lucas": ["Luke"], "Harvey": ["Harv"],
}
# legal names that are themselves diminutives, and the formal form a clerk may write instead
FORMALISED = {"Alfie": "Alfred", "Archie": "Archibald", "Freddie": "Frederick", "Ollie": "Oliver",
              "Harry": "Henry", "Millie": "Amelia", "Ellie": "Eleanor", "Charlie": "Charles",
              "Teddy": "Edward", "Jack": "John", "Sam": "Samuel", "Alex": "Alexander", "Danny": "Daniel",
              "Tommy": "Thomas", "Bobby": "Robert", "Libby": "Elizabeth", "Lexi": "Alexandra", "Kate": "Katherine"}

# --- spelling / transliteration / phonetic variants --------------------------------------------
GIVEN_VARIANTS = [
    ["Muhammad", "Mohammed", "Mohammad", "Muhammed", "Mohamed", "Mohamad"], ["Ahmed", "Ahmad"],
    ["Yusuf", "Yousuf", "Yusef", "Yousef"], ["Aisha", "Ayesha", "Aysha", "Aishah"], ["Fatima", "Fatimah"],
    ["Maryam", "Mariam", "Mariyam"], ["Khadija", "Khadijah"], ["Zainab", "Zaynab"], ["Ibrahim", "Ebrahim"],
    ["Mustafa", "Mustapha"], ["Hamza", "Hamzah"], ["Zakariya", "Zakaria", "Zakariyya"], ["Abdullah", "Abdulla"],
    ["Usman", "Uthman", "Osman"], ["Umar", "Omar"], ["Haroon", "Harun"], ["Ismail", "Ismael"],
    ["Imran", "Imraan"], ["Abdirahman", "Abdurahman", "Abdulrahman"], ["Abdullahi", "Abdulahi"],
    ["Hodan", "Hoodan"], ["Amina", "Aminah"], ["Hussain", "Hussein", "Husain"], ["Hassan", "Hasan"],
    ["Aleksander", "Alexander"], ["Aleksandra", "Alexandra"], ["Jakub", "Jacob", "Jakob"],
    ["Michał", "Michal", "Michael"], ["Łukasz", "Lukasz", "Lucas"], ["Wiktoria", "Victoria", "Viktoria"],
    ["Oliwia", "Olivia"], ["Mateusz", "Matthew", "Mateus"], ["Piotr", "Peter"], ["Zuzanna", "Zuzana", "Susanna"],
    ["Oliwer", "Oliver"], ["Filip", "Philip", "Phillip"], ["Szymon", "Simon"], ["Antoni", "Anthony", "Antony"],
    ["Alexandru", "Alexander"], ["Ionuț", "Ionut"], ["Ștefan", "Stefan"], ["Rareș", "Rares"],
    ["Ștefania", "Stefania"], ["Paweł", "Pawel", "Paul"], ["Rafał", "Rafal"],
    ["Zoe", "Zoë", "Zoey"], ["Chloe", "Chloë"], ["Renee", "Renée", "Renae"], ["Katie", "Katy", "Katey"],
    ["Kayleigh", "Kaylee", "Kayley", "Kaleigh"], ["Jayden", "Jaden", "Jaiden", "Jaydon"],
    ["Aiden", "Aidan", "Ayden"], ["Connor", "Conor"], ["Callum", "Calum"], ["Lewis", "Louis"],
    ["Niamh", "Neve", "Neave"], ["Leah", "Lea", "Lia"], ["Layla", "Laila", "Leila", "Leyla"],
    ["Isabelle", "Isabel", "Isobel", "Isabell"], ["Megan", "Meghan", "Meagan"], ["Stephen", "Steven"],
    ["Mackenzie", "Mckenzie", "MacKenzie"], ["Sofia", "Sophia"], ["Lacey", "Lacie"],
    ["Maisie", "Maisy", "Maisey"], ["Lily", "Lilly", "Lillie"], ["Hayden", "Haydn"], ["Brooke", "Brook"],
    ["Kacey", "Kacie", "Casey"], ["Kian", "Keon"], ["Reece", "Rhys", "Reese"], ["Bethany", "Bethanie"],
    ["Caitlin", "Katelyn", "Kaitlyn", "Caitlyn"], ["Erin", "Eryn"], ["Sean", "Shaun", "Shawn"],
    ["Ashleigh", "Ashley"], ["Jasmine", "Jasmin", "Yasmin"], ["Millie", "Milly"], ["Alisha", "Alicia", "Alysha"],
    ["Harley", "Harlee"], ["Nicole", "Nichole"], ["Teigan", "Tegan", "Teagan"], ["Evie", "Evey"],
    ["Mia", "Miya"], ["Freya", "Freja"], ["Isla", "Ayla"], ["Jessica", "Jesica"], ["Ellis", "Elis"],
    ["Rhianna", "Rihanna", "Riana"], ["Tia", "Tiya"], ["Demi", "Demmi"], ["Kai", "Kye"],
    ["Philip", "Phillip"], ["Jon", "John"], ["Geraint", "Gerant"], ["Shanice", "Shaniece"],
    ["Chantelle", "Chantel", "Shantelle"], ["Leanne", "Lianne", "Leann"], ["Kerry", "Kerri"],
    ["Hayley", "Haley", "Hailey"], ["Stacey", "Stacy"], ["Carly", "Carley"], ["Jodie", "Jody"],
    ["Zara", "Zahra"], ["Anaya", "Anaiya"], ["Inaya", "Inayah"], ["Ayaan", "Ayan"], ["Rayyan", "Rayan"],
    ["Zain", "Zayn", "Zayne"], ["Musa", "Moosa"], ["Idris", "Idrees"], ["Bilal", "Belal"], ["Haris", "Harris"],
    ["Minh", "Min"], ["Linh", "Lin"], ["Favour", "Favor"], ["Chioma", "Chiamaka"],
]
SURNAME_VARIANTS = [
    ["Chowdhury", "Choudhury", "Chaudhry", "Chaudhary"], ["Rahman", "Rehman"], ["Mohamed", "Mohammed", "Mohamud"],
    ["Hussain", "Hussein", "Husain"], ["Ahmed", "Ahmad"], ["Thompson", "Thomson"], ["Clark", "Clarke"],
    ["Phillips", "Philips"], ["Matthews", "Mathews"], ["Stephenson", "Stevenson"], ["Reid", "Reed", "Read"],
    ["Gray", "Grey"], ["Davies", "Davis"], ["Nicholls", "Nichols"], ["Mahmood", "Mahmud", "Mehmood"],
    ["Iqbal", "Ikbal"], ["Miah", "Meah", "Mia"], ["Rashid", "Rasheed"], ["Siddiqui", "Siddiqi"],
    ["Qureshi", "Kureshi"], ["Uddin", "Udin"], ["Hassan", "Hasan"], ["Yusuf", "Yousuf"], ["Osman", "Usman"],
    ["Jama", "Jaama"], ["Farah", "Farrah"], ["Warsame", "Warsama"], ["Mensah", "Mensa"],
    ["Nowak", "Novak"], ["Kowalski", "Kovalski"], ["Kowalska", "Kovalska"], ["Wiśniewski", "Wisniewski", "Visnevski"],
    ["Wiśniewska", "Wisniewska"], ["Woźniak", "Wozniak"], ["Wójcik", "Wojcik"], ["Kowalczyk", "Kovalchyk"],
    ["Popescu", "Popesco"], ["Nguyen", "Nguyễn", "Ngyuen"], ["Huang", "Hwang"], ["Zhou", "Chou"],
    ["Stephens", "Stevens"], ["Anderson", "Andersen"], ["Hanson", "Hansen"], ["Johnston", "Johnstone"],
    ["Mackenzie", "McKenzie"], ["Macdonald", "McDonald"], ["Sanderson", "Saunderson"], ["Barnett", "Barnet"],
    ["Whittaker", "Whitaker"], ["Greenwood", "Greenward"], ["Brennan", "Brenan"], ["Connolly", "Conolly"],
    ["Byrne", "Burn", "Byrnes"], ["Mann", "Man"], ["Lloyd", "Loyd"],
]

# --- twins with similar given names --------------------------------------------------------
SIMILAR_TWIN_NAMES = [
    ("Ella", "Ellie", "F", "F"), ("Harvey", "Harry", "M", "M"), ("Isla", "Isabella", "F", "F"),
    ("Ruby", "Rosie", "F", "F"), ("Jack", "Jake", "M", "M"), ("Mia", "Maya", "F", "F"), ("Leo", "Leon", "M", "M"),
    ("Finn", "Finley", "M", "M"), ("Alfie", "Archie", "M", "M"), ("Evie", "Eva", "F", "F"),
    ("Amelia", "Emilia", "F", "F"), ("Layla", "Lola", "F", "F"), ("Ethan", "Evan", "M", "M"),
    ("Sophie", "Sophia", "F", "F"), ("Max", "Mason", "M", "M"), ("Hannah", "Anna", "F", "F"),
    ("Callum", "Cameron", "M", "M"), ("Riley", "Ryan", "M", "M"), ("Freya", "Faye", "F", "F"),
    ("Poppy", "Polly", "F", "F"), ("Molly", "Holly", "F", "F"), ("Tyler", "Taylor", "M", "M"),
    ("Kai", "Kian", "M", "M"), ("Hassan", "Hussain", "M", "M"), ("Lily", "Lucy", "F", "F"),
    ("Oliver", "Olivia", "M", "F"), ("Daniel", "Danielle", "M", "F"), ("Louis", "Louise", "M", "F"),
    ("Charlie", "Charlotte", "M", "F"), ("Alex", "Alexa", "M", "F"), ("Ethan", "Ella", "M", "F"),
    ("Lacey", "Lucy", "F", "F"), ("Kayden", "Jayden", "M", "M"), ("Darcy", "Daisy", "F", "F"),
    ("Logan", "Luke", "M", "M"), ("Ava", "Eva", "F", "F"), ("Maisie", "Millie", "F", "F"),
]

# --- places (fictional county of Wrenshire) ----------------------------------------------------
# (outward code, post town, localities within it)
DISTRICTS = [
    ("WQ1", "Wrenham", []), ("WQ2", "Wrenham", ["Castlefields"]), ("WQ3", "Wrenham", ["Bramley Heath", "Nettlebank"]),
    ("WQ6", "Saltmere", []), ("WQ8", "Hollinsby", ["Upper Brindle", "Little Brindle"]),
    ("WQ12", "Thorncastle", ["Ashwell Green", "Cattley", "Marsh Sutton"]),
]
DISTRICT_WEIGHTS = [0.22, 0.18, 0.16, 0.17, 0.13, 0.14]
# elsewhere (for moves in from out of area and out-of-area placements)
OUT_OF_AREA = [("HQ4", "Norbridge", []), ("HQ9", "Norbridge", ["Fenby"]), ("LQ2", "Lanton", []), ("YX7", "Carrowby", [])]

STREET_ROOTS = """Oak Ash Beech Birch Cedar Elm Holly Laurel Maple Rowan Willow Church Mill Station Chapel School
Park Victoria Albert Queen's King's Marsh Meadow Orchard Brook Bridge Market Castle Abbey Priory Windmill
Heath Moor Fen Harbour Quarry Forge Tannery Granary Kestrel Heron Swallow Lark Wren Plover Curlew Falcon
Beacon Hawthorn Blackthorn Foxglove Primrose Bluebell Heather Clover Thistle Sorrel Nelson Wellington
Gladstone Cromwell Tennyson Shelley Byron Keats Milton Chaucer Darwin Faraday Brunel Telford Stephenson
Lime Poplar Sycamore Hazel Alder Juniper Larch Spruce Cherry Plum Damson
Furlong Glebe Manor Grange Hall Croft Paddock Saxon Norman Roman Danes Coronation Jubilee Trinity
Sandpit Clay Flint Chalk Salt Wharf Quay Ferry Lock Weir Canal Dyke Dairy Bakers Weavers Ropers""".split()
STREET_ROOTS += ["St John's", "St Mary's", "St Peter's", "Bishop's", "Lady's"]
STREET_TYPES = [("Road", 0.30), ("Street", 0.16), ("Lane", 0.10), ("Close", 0.10), ("Avenue", 0.07),
                ("Drive", 0.07), ("Way", 0.05), ("Crescent", 0.05), ("Gardens", 0.04), ("Court", 0.03),
                ("Grove", 0.02), ("Terrace", 0.01)]
ABBREV = {"Road": "Rd", "Street": "St", "Lane": "Ln", "Close": "Cl", "Avenue": "Ave", "Drive": "Dr",
          "Crescent": "Cres", "Gardens": "Gdns", "Court": "Ct", "Grove": "Gr", "Terrace": "Terr", "Way": "Wy"}
BLOCK_NAMES = """Kestrel Heron Swift Osprey Merlin Linnet Siskin Teal Avocet Dunlin Redwing Fieldfare
Marsh Priory Tannery Granary Mill Foundry Wharf Beacon Castle""".split()
BLOCK_TYPES = ["House", "Court", "Lodge", "Point", "Mews"]
HOUSE_NAMES = """Rose Cottage|The Old Forge|Ivy Cottage|Holly House|The Laurels|Orchard View|Fen End|
Mill House|The Willows|Brook Farm Cottage|Meadow View|Swallows Rest|The Old School House|Woodlands|
Greystones|Hillside|Sunnyside|Pear Tree Cottage|Field View|The Bungalow|Church Farm|Lilac Cottage""".replace("\n", "").split("|")

# English forms that children from these families may use day to day (a preferred name, not a nickname)
ANGLICISED = {"Jakub": "Jacob", "Michał": "Michael", "Łukasz": "Luke", "Wiktoria": "Victoria", "Mateusz": "Matthew",
              "Piotr": "Peter", "Zuzanna": "Susie", "Krzysztof": "Chris", "Szymon": "Simon", "Filip": "Phil",
              "Aleksander": "Alex", "Bartosz": "Bart", "Kacper": "Casper", "Oliwia": "Olivia", "Oliwer": "Oliver",
              "Antoni": "Tony", "Franciszek": "Frank", "Ionuț": "John", "Andrei": "Andrew", "Alexandru": "Alex",
              "Mihai": "Mike", "Ștefan": "Steven", "Ioana": "Joanna", "Rareș": "Ross", "Andreea": "Andrea",
              "Oluwaseun": "Sean", "Ifeanyi": "Ify", "Tomiwa": "Tom", "Adaeze": "Ada", "Chioma": "Chi",
              "Abdirahman": "Abdi", "Ayodele": "Ayo"}
