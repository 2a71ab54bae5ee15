package vn.mttq.thidua.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void foldsVietnameseDiacriticsCaseAndSpaces() {
        assertThat(SearchText.fold("Sở Y tế tỉnh Tiền Giang")).isEqualTo("so y te tinh tien giang");
        assertThat(SearchText.fold("  ĐOÀN  kết\tsáng tạo ")).isEqualTo("doan ket sang tao");
        assertThat(SearchText.fold("Ủy ban MTTQ Việt Nam huyện Gò Công Đông")).isEqualTo("uy ban mttq viet nam huyen go cong dong");
        assertThat(SearchText.fold(null)).isEmpty();
    }

    @Test
    void aQueryWithOrWithoutDiacriticsMatchesTheSameKey() {
        String key = SearchText.key("Sở Y tế tỉnh Tiền Giang", "Sở Y tế");
        assertThat(key).contains(SearchText.fold("so y te")).contains(SearchText.fold("Sở Y Tế"));
    }

    @Test
    void likeWildcardsInAQueryAreTakenLiterally() {
        assertThat(SearchText.containsPattern("50%_a")).isEqualTo("%50\\%\\_a%");
        assertThat(SearchText.containsPattern("")).isEqualTo("%%");
    }

    @Test
    void pageNumbersAreClampedToTheLastPageACappedCountGives() {
        assertThat(Paging.request(-3, 20).getPageNumber()).isZero();
        assertThat(Paging.request(7, 20).getPageNumber()).isEqualTo(7);
        // a count of COUNTED rows makes the pager's last page the one holding the row past the limit, whatever the size
        for (int size : new int[] {20, 25, 50}) {
            int lastOfCount = (Paging.COUNT_LIMIT + 1 + size - 1) / size - 1;
            assertThat(Paging.request(Integer.MAX_VALUE, size).getPageNumber()).as("size " + size).isEqualTo(lastOfCount);
            assertThat(Paging.request(Integer.MAX_VALUE, size).getPageSize()).isEqualTo(size);
        }
    }
}
