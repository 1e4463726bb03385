using ExpertGraph.Ingestion.Normalization;

namespace ExpertGraph.Ingestion.Tests.Normalization;

public sealed class CountryResolverTests
{
    private static readonly CountryResolver Resolver = new();

    // OpenAlex raw_affiliation_strings (openalex-works-json/works_biodiversity_finance_200.jsonl); the expected code is
    // the one OpenAlex gives the institution, where it gives one.
    [TestCase("International Institute for Applied Systems Analysis, Schlossplatz 1, Laxenburg, Austria", "AT")]
    [TestCase("Bureau of Rural Sciences, GPO Box E11, Kingston, ACT 2604, Australia", "AU")]
    [TestCase("Millennium Ecosystem Assessment, World Fish Center, P.O. Box 500 GPO, 10670 Penang, Malaysia, email reid@millenniumassessment.org", "MY")]
    [TestCase("Departamento de Agroecología, El Colegio de la Frontera Sur, Carretera Panamericana y Periférico Sur s-n, San Cristóbal de Las Casas, Chiapas, Mexico", "MX")]
    [TestCase("Alfonso Aguirre-Muñoz is the director of Grupo de Ecología y Conservación de Islas. His address: Grupo de Ecología y Conservación de Islas AC, Avenida López Mateos No. 1590-3, Ensenada, Baja California, México, CP 22880. alfonso.aguirre@conservaciondeislas.org", "MX")]
    [TestCase("IT Power, Beijing,", "CN")]
    [TestCase("Department of Ecology and Evolutionary Biology, University of Connecticut, Storrs CT 06268-3043, U.S.A", "US")]
    [TestCase("Department of Natural Resources; Cornell University; Ithaca NY 14853 U.S.A", "US")]
    [TestCase("Gretchen C. Daily, Paul R. Ehrlich, Taylor H. Ricketts, Sallie-Anne Bailey, Salit Kark, Claire Kremen, and Henrique Pereira are at the Center for Conservation Biology, Department of Biological Sciences, Stanford University, Stanford, CA", "US")]
    [TestCase("Department of Biological Sciences, 371 Serra Mall, Stanford University, Stanford, CA 94305-5020; and", "US")]
    [TestCase("3938 Georgetown Ct NW, Washington, DC 20007,", "US")]
    [TestCase("The World Bank, 1818 H Street NW, Washington D.C. 20433‐0002, USA, and Conservation Science Group, Department of Zoology, University of Cambridge, Cambridge CB2 3EJ, UK", "GB")]
    [TestCase("TAHAL Consulting Eng. Ltd, Israel", "IL")]
    [TestCase("Danish Forest and Nature Agency, Haraldsgade 53, DK-2100 Copenhagen Ø, Denmark", "DK")]
    // Crossref author affiliation names (crossref-rest-json/crossref_works_dedup.jsonl).
    [TestCase("Open Universiteit, Heerlen, NL", "NL")]
    [TestCase("Department of Chemistry and Biochemistry University of California  Santa Cruz California", "US")]
    [TestCase("University at Albany SUNY,Department of Electrical and Computer Engineering,Albany,NY,USA,12222", "US")]
    [TestCase("Department of Geography and Department of Geosciences, University of Connecticut", "US")]
    [TestCase("New York", "US")]
    [TestCase("Hong Kong University of Science and Technology, Kaoloon, Hong Kong", "HK")]
    [TestCase("Institute of Marine Sciences and Management, Istanbul University, Istanbul, Türkiye", "TR")]
    // Turkish capital İ: decomposed before lower-casing, "TÜRKİYE" folds to "turkiye".
    [TestCase("TRAKYA ÜNİVERSİTESİ, EDİRNE, TÜRKİYE", "TR")]
    [TestCase("Guizhou Normal University, School of Karst Science, Guiyang, Guizhou, The People’s Republic of China", "CN")]
    [TestCase("College of Veterinary Medicine, Northwest A&F University, Yangling, Shaanxi", "CN")]
    [TestCase("Faculty of Science and Education University of Mostar, Department for Kinesiology, Mostar,  Bosnia and Herzegovina", "BA")]
    [TestCase("Department of Anatomy, Physiology and Biochemistry, Faculty of Medicine, The Hashemite University, Zarqa, Jordan", "JO")]
    [TestCase("Institute for Applied Ecology, University of Canberra, Canberra, Australian Capital Territory, Australia", "AU")]
    [TestCase("Oceanographic Research Institute (ORI), Durban, KwaZulu-Natal, South Africa", "ZA")]
    // Web of Science C1 (scientopy-wos, metaknowledge-tests *.isi).
    [TestCase("[Song, Ke; Ouyang, Song; Pan, Wenxuan; Hu, Wuxia; Yang, Yang] Beijing Univ Posts & Telecommun, Sch Informat & Commun Engn, Beijing Key Lab Network Syst Architecture & Conve, Beijing 100876, Peoples R China", "CN")]
    [TestCase("[Chan, Y. L.; Lun, Daniel P. K.] Hong Kong Polytech Univ, Dept Elect & Elect Engn, Hong Kong, Peoples R China", "HK")]
    [TestCase("[Yi, Haidong; Yu, Wei-Han; Mak, Pui-In; Yin, Jun; Martins, Rui P.] Univ Macau, State Key Lab Analog & Mixed Signal VLSI, Macau 999078, Peoples R China", "MO")]
    [TestCase("[Losego, Mark D.] Georgia Inst Technol, Sch Mat Sci & Engn, Atlanta, GA 30332 USA", "US")]
    [TestCase("[Kindt, Philipp H.] Tech Univ Munich TUM, Munich, Germany", "DE")]
    [TestCase("[Song, Eunju; Kim, Sinyoung; Kwon, Kuduck] Kangwon Natl Univ, Dept Elect Engn, Chunchon 24341, South Korea", "KR")]
    [TestCase("[Salimibeni, Mohammad] Concordia Univ, Concordia Inst Inf Syst Engn, Montreal, PQ, Canada", "CA")]
    [TestCase("[Rashidian, Mohsen; Malek, Mohammad Reza] KN Toosi Univ Technol, Fac Geodesy & Geomat Engn, Ubiquitous & Mobile GIS Res Lab, Tehran, Iran", "IR")]
    [TestCase("[Tung, Nguyen Thanh] Vietnam Natl Univ, VNU Int Sch, Hanoi, Vietnam", "VN")]
    [TestCase("Royal Brompton & Harefield Natl Hlth Serv Trust, London, England.", "GB")]
    [TestCase("UNIV CAMBRIDGE,DEPT ZOOL,CAMBRIDGE CB2 3EJ,ENGLAND.", "GB")]
    [TestCase("Harvard Univ, Beth Israel Deaconess Med Ctr, Sch Med, Canc Biol Program,Hematol Oncol Div, Boston, MA 02215 USA.", "US")]
    // CNKI NoteExpress {Author Address} (cnki-noteexpress) and NSFC organization.
    [TestCase("重庆邮电大学通信与信息工程学院;重庆邮电大学移动通信重点实验室;", "CN")]
    [TestCase("石家庄铁道大学;", "CN")]
    [TestCase("中国地质大学政法学院,中国地质大学政法学院 湖北武汉430074", "CN")]
    [TestCase("241000 安徽省芜湖市镜湖区华强广场C座办公楼2409室", "CN")]
    [TestCase("School of Economics, Finance and Accounting, Coventry University, UK;;University of Sussex Business School, University of Sussex, UK;;Essex Business School, University of Essex, UK", "GB")]
    [TestCase("浙江大学", "CN")]
    public void FromText_RealAffiliation_ReturnsCountry(string affiliation, string expected)
    {
        Assert.That(Resolver.FromText(affiliation), Is.EqualTo(expected));
    }

    // Real strings that name no country (or hide it in glued words: word boundaries win over guessing).
    [TestCase("Columbia University")] // OpenAlex: not Colombia
    [TestCase("Harvard University")] // Crossref
    [TestCase("Cambridge")] // Crossref
    [TestCase("Department of Cellular and Molecular Pharmacology")] // Crossref
    [TestCase("Nanyang Technological UniversitySingapore")] // OpenAlex, glued
    [TestCase("Walter Reed Army Institute of Research503 Robert Grant AvenueSilver SpringMD20910")] // Crossref, glued
    [TestCase("国防科技大学空天科学学院;军事科学院国防科技创新研究院;")] // CNKI
    [TestCase("南开大学")] // NSFC
    [TestCase("")]
    [TestCase("   ")]
    public void FromText_NoCountryNamed_ReturnsNull(string affiliation)
    {
        Assert.That(Resolver.FromText(affiliation), Is.Null);
    }

    [TestCase("Department of Physics, Princeton University, Princeton, New Jersey", "US")] // not Jersey (JE)
    [TestCase("States of Jersey, St Helier, Jersey", "JE")]
    [TestCase("Los Alamos National Laboratory, Los Alamos, New Mexico", "US")] // not Mexico
    [TestCase("University of New South Wales, Sydney", "AU")] // not Wales (GB)
    [TestCase("Inner Mongolia University, Hohhot", "CN")] // not Mongolia
    [TestCase("Cambridge, MA 02139", "US")]
    [TestCase("Georgia Institute of Technology, Atlanta", null)] // Georgia counts only as a segment of its own
    [TestCase("Tbilisi State University, Tbilisi, Georgia", "GE")]
    [TestCase("Seoul National University, Seoul, Republic of Korea", "KR")]
    [TestCase("Kim Il Sung University, Pyongyang, Democratic People's Republic of Korea", "KP")]
    [TestCase("National Tsing Hua University, Hsinchu, Taiwan, China", "TW")]
    [TestCase("University of Macau, Taipa, Macao SAR, China", "MO")]
    [TestCase("Sun Yat-sen University, Guangzhou, P.R. China", "CN")]
    [TestCase("ETH Zurich, Zürich, Schweiz", "CH")]
    [TestCase("香港大学", "HK")]
    [TestCase("中国台湾新竹清华大学", "TW")]
    [TestCase("美国马里兰大学", "US")]
    [TestCase("马里兰大学", "US")] // not 马里 (Mali)
    [TestCase("沿海地区发展研究中心", null)] // 海地 (Haiti) inside a word
    [TestCase("東京大学", "JP")]
    [TestCase("日本京都大学", "JP")]
    public void FromText_EdgeCase_ReturnsCountry(string affiliation, string? expected)
    {
        Assert.That(Resolver.FromText(affiliation), Is.EqualTo(expected));
    }

    [Test]
    [SetCulture("tr-TR")]
    public void FromText_TurkishCulture_StillFoldsCapitalI()
    {
        Assert.That(Resolver.FromText("INDIAN INSTITUTE OF SCIENCE, BANGALORE, INDIA"), Is.EqualTo("IN"));
    }
}
