mount /huge hugetlbfs pagesize=2M,noexce
