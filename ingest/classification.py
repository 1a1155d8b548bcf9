"""The national budget classification hierarchy (domain vocabulary), used to roll codes up.

Function subjects (支出功能分类): 类 3 digits > 款 5 digits > 项 7 digits.
Department economic classes (部门支出经济分类): 类 3 digits > 款 5 digits.
Government economic classes (政府支出经济分类): 类 3 digits > 款 5 digits.
Only the top levels are listed here; lower-level names come from the document itself.
"""

from __future__ import annotations

import re

FUNC_CLASSES = {
    "201": "一般公共服务支出", "202": "外交支出", "203": "国防支出", "204": "公共安全支出", "205": "教育支出",
    "206": "科学技术支出", "207": "文化旅游体育与传媒支出", "208": "社会保障和就业支出",
    "209": "社会保险基金支出", "210": "卫生健康支出", "211": "节能环保支出", "212": "城乡社区支出",
    "213": "农林水支出", "214": "交通运输支出", "215": "资源勘探工业信息等支出", "216": "商业服务业等支出",
    "217": "金融支出", "219": "援助其他地区支出", "220": "自然资源海洋气象等支出", "221": "住房保障支出",
    "222": "粮油物资储备支出", "223": "国有资本经营预算支出", "224": "灾害防治及应急管理支出",
    "227": "预备费", "229": "其他支出", "230": "转移性支出", "231": "债务还本支出", "232": "债务付息支出",
    "233": "债务发行费用支出", "234": "抗疫特别国债安排的支出",
}

# frequently seen 款 of the function classification
FUNC_SECTIONS = {
    "20101": "人大事务", "20103": "政府办公厅（室）及相关机构事务", "20104": "发展与改革事务",
    "20106": "财政事务", "20508": "进修及培训", "20502": "普通教育", "20801": "人力资源和社会保障管理事务",
    "20802": "民政管理事务", "20805": "行政事业单位养老支出", "20807": "就业补助", "20808": "抚恤",
    "20899": "其他社会保障和就业支出", "21001": "卫生健康管理事务", "21004": "公共卫生",
    "21011": "行政事业单位医疗", "21099": "其他卫生健康支出", "22102": "住房改革支出",
    "21201": "城乡社区管理事务", "20701": "文化和旅游", "20401": "武装警察部队", "20402": "公安",
}

ECON_CLASSES = {
    "301": "工资福利支出", "302": "商品和服务支出", "303": "对个人和家庭的补助", "307": "债务利息及费用支出",
    "309": "资本性支出（基本建设）", "310": "资本性支出", "311": "对企业补助（基本建设）", "312": "对企业补助",
    "313": "对社会保障基金补助", "399": "其他支出",
}

GOV_ECON_CLASSES = {
    "501": "机关工资福利支出", "502": "机关商品和服务支出", "503": "机关资本性支出（一）",
    "504": "机关资本性支出（二）", "505": "对事业单位经常性补助", "506": "对事业单位资本性补助",
    "507": "对企业补助", "508": "对企业资本性支出", "509": "对个人和家庭的补助",
    "510": "对社会保障基金补助", "511": "债务利息及费用支出", "599": "其他支出",
}

TOP = {"func": FUNC_CLASSES, "econ": ECON_CLASSES, "gov_econ": GOV_ECON_CLASSES}


def parent_of(scheme: str, code: str) -> str | None:
    """2080101 -> 20801 -> 208 -> None; 30211 -> 302 -> None."""
    if scheme == "func":
        return {7: code[:5], 5: code[:3]}.get(len(code))
    return code[:3] if len(code) == 5 else None


def level_of(scheme: str, code: str) -> int:
    """1 = 类, 2 = 款, 3 = 项."""
    return {3: 1, 5: 2, 7: 3}.get(len(code), 3)


def derived_name(scheme: str, code: str, child_names: dict[str, str]) -> str | None:
    """A parent's name: from the vocabulary, or from a child named '其他X支出' with code ending 99."""
    known = TOP.get(scheme, {}).get(code) or (FUNC_SECTIONS.get(code) if scheme == "func" else None)
    if known:
        return known
    for child, name in child_names.items():
        if child.startswith(code) and child.endswith("99"):
            m = re.match(r"^其他(.+?)(支出)?$", name)
            if m:
                return m.group(1)
    return None
