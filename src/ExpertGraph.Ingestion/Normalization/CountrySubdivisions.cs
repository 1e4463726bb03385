namespace ExpertGraph.Ingestion.Normalization;

/// <summary>
/// Places below country level that settle the country of an affiliation which names no country: US states (by name and
/// postal code), Chinese provinces and large cities, and the main cities of Taiwan, Hong Kong and Macao.
/// </summary>
internal static class CountrySubdivisions
{
    /// <summary>USPS codes, DC included: "Cambridge, MA 02139", "Stanford, CA".</summary>
    public static readonly string[] UsStateCodes =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
        "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR",
    ];

    /// <summary>English place names by country. Georgia is not here: alone it is the country.</summary>
    public static readonly (string Code, string[] Names)[] English =
    [
        ("US", [
            "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
            "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
            "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
            "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
            "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
            "Vermont", "Virginia", "West Virginia", "Washington", "Wisconsin", "Wyoming", "Washington DC", "Washington D.C.",
        ]),
        ("CN", [
            "Beijing", "Peking", "Shanghai", "Tianjin", "Chongqing", "Hebei", "Shanxi", "Liaoning", "Jilin", "Heilongjiang",
            "Jiangsu", "Zhejiang", "Anhui", "Fujian", "Jiangxi", "Shandong", "Henan", "Hubei", "Hunan", "Guangdong",
            "Hainan", "Sichuan", "Guizhou", "Yunnan", "Shaanxi", "Gansu", "Qinghai", "Inner Mongolia", "Guangxi", "Tibet",
            "Xizang", "Ningxia", "Xinjiang", "Nanjing", "Wuhan", "Guangzhou", "Shenzhen", "Hangzhou", "Chengdu", "Xi'an",
            "Changsha", "Hefei", "Harbin", "Dalian", "Qingdao", "Xiamen", "Changchun", "Shenyang", "Lanzhou", "Kunming",
            "Jinan", "Zhengzhou", "Fuzhou", "Suzhou", "Guiyang", "Nanchang", "Taiyuan", "Shijiazhuang", "Hohhot", "Urumqi",
            "Yinchuan", "Xining", "Lhasa", "Haikou", "Nanning", "Ningbo", "Wuxi", "Yangling", "Guilin", "Baoding",
            "Zhenjiang", "Yangzhou", "Xuzhou", "Changzhou", "Nantong", "Wenzhou", "Shantou", "Zhuhai", "Dongguan", "Foshan",
        ]),
        ("TW", ["Taipei", "Hsinchu", "Kaohsiung", "Taichung", "Tainan", "Taoyuan"]),
        ("HK", ["Kowloon", "Pokfulam", "Shatin", "Sha Tin", "Hung Hom", "Clear Water Bay"]),
        ("MO", ["Taipa"]),
    ];

    /// <summary>Chinese place names by country: provinces and large cities of China first.</summary>
    public static readonly (string Code, string[] Names)[] Chinese =
    [
        ("CN", [
            "北京", "上海", "天津", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
            "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏",
            "新疆", "石家庄", "太原", "呼和浩特", "沈阳", "大连", "长春", "哈尔滨", "南京", "苏州", "无锡", "常州", "扬州", "徐州",
            "南通", "镇江", "杭州", "宁波", "温州", "绍兴", "合肥", "芜湖", "福州", "厦门", "泉州", "南昌", "济南", "青岛", "烟台",
            "淄博", "潍坊", "威海", "泰安", "郑州", "洛阳", "武汉", "宜昌", "长沙", "湘潭", "广州", "深圳", "珠海", "汕头", "佛山",
            "东莞", "湛江", "南宁", "桂林", "柳州", "海口", "三亚", "成都", "绵阳", "雅安", "贵阳", "遵义", "昆明", "西安", "咸阳",
            "杨凌", "宝鸡", "兰州", "西宁", "银川", "乌鲁木齐", "石河子", "拉萨", "保定", "唐山", "秦皇岛", "大庆", "佳木斯",
            "齐齐哈尔", "包头", "中山",
        ]),
        ("TW", ["台北", "臺北", "高雄", "新竹"]),
        ("HK", ["九龙", "九龍"]),
        // Longer names that would otherwise be read as a shorter country name inside them: 马里兰 is not 马里 (Mali).
        ("US", ["马里兰", "加州", "加利福尼亚", "纽约", "麻省", "马萨诸塞", "德克萨斯", "得克萨斯", "华盛顿"]),
        ("JP", ["东京", "東京", "大阪"]),
        ("KR", ["首尔", "首爾"]),
    ];
}
