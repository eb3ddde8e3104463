package org.samakki.linkage.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Names of the region as officers write them: each part with its weight (common parts such as Aung,
 * Kyaw, Sok and Nguyen are shared by many people), the spellings seen in Latin letters, the native
 * script and, for Burmese names, the Thai-script rendering a Thai officer writes.
 */
final class NamePools {

  /** One name part: Latin spellings (the first is the most usual), native and Thai renderings. */
  record Part(
      String canonical, int weight, List<String> spellings, String nativeScript, String thai) {}

  /** Parts drawn with probability proportional to their weight. */
  static final class Pool {
    private final List<Part> parts;
    private final int[] cumulative;

    Pool(List<Part> parts) {
      this.parts = List.copyOf(parts);
      cumulative = new int[parts.size()];
      int sum = 0;
      for (int i = 0; i < parts.size(); i++) {
        sum += parts.get(i).weight();
        cumulative[i] = sum;
      }
    }

    Part draw(SplittableRandom random) {
      int pick = random.nextInt(cumulative[cumulative.length - 1]);
      for (int i = 0; i < cumulative.length; i++) {
        if (pick < cumulative[i]) {
          return parts.get(i);
        }
      }
      return parts.get(parts.size() - 1);
    }
  }

  static final Pool BURMESE =
      pool(
          """
          aung|10|aung,aung,aung,ong,aong|အောင်|อ่อง
          kyaw|9|kyaw,kyaw,kyaw,kyau,chaw,jaw|ကျော်|จ่อ
          min|7|min,min,minn|မင်း|มิน
          zaw|6|zaw,zaw,zau,zaww|ဇော်|ซอ
          htun|5|htun,htun,tun,htoon,htunn|ထွန်း|ทุน
          win|7|win,win,winn,wynn|ဝင်း|วิน
          soe|5|soe,soe,so,soh|စိုး|โซ
          moe|6|moe,moe,mo,moh|မိုး|โม
          myo|4|myo,myo,myoe,mio|မျိုး|เมียว
          thein|3|thein,thein,thane,thain|သိန်း|เต็ง
          naing|4|naing,naing,naing,nai|နိုင်|ไหน่
          khin|6|khin,khin,khinn,kin|ခင်|ขิ่น
          mya|5|mya,mya,mya,myah|မြ|เมียะ
          hla|4|hla,hla,hlaa,la|လှ|หละ
          aye|5|aye,aye,aye,ei|အေး|เอ
          thu|3|thu,thu,thuu,thoo|သူ|ทู
          hnin|3|hnin,hnin,nin,hninn|နှင်း|หนิ่น
          wai|3|wai,wai,way,wei|ဝေ|เว
          su|3|su,su,hsu,suu|ဆု|ซู
          phyo|3|phyo,phyo,phyoe,pyo|ဖြိုး|เพียว
          kyi|3|kyi,kyi,kyee,chi|ကြည်|จี
          htet|3|htet,htet,het,htett|ထက်|เท็ด
          lin|4|lin,lin,linn|လင်း|ลิน
          nay|3|nay,nay,ne,nei|နေ|เน
          san|4|san,san,sann|စန်း|ซาน
          mon|2|mon,mon,mone|မွန်|มอน
          hlaing|3|hlaing,hlaing,laing,hlaine|လှိုင်|หล่าย
          tin|4|tin,tin,tinn|တင်|ติน
          than|3|than,than,thann,tan|သန်း|ตาน
          ye|2|ye,ye,yei|ရဲ|เย
          zin|2|zin,zin,zinn|ဇင်|ซิน
          chit|2|chit,chit,chitt|ချစ်|ชิต
          cho|2|cho,cho,choe|ချို|โช
          myint|4|myint,myint,myint,myin|မြင့်|มิ้น
          nyein|2|nyein,nyein,nyain,nyane|ငြိမ်း|เญน
          thi|2|thi,thi,thee|သီ|ที
          maung|3|maung,maung,maung|မောင်|หม่อง
          lwin|3|lwin,lwin,lwinn|လွင်|ลวิน
          yan|2|yan,yan,yann|ယန်း|ยาน
          pyae|2|pyae,pyae,pyay,pye|ပြည့်|เปีย
          khaing|2|khaing,khaing,khine|ခိုင်|ไข่
          sandar|1|sandar,sanda,sandaa|စန္ဒာ|สันดา
          thiri|1|thiri,thiri,thirie|သီရိ|ทีริ
          ei|2|ei,ei,ei|အိ|เอ
          phyu|2|phyu,phyu,phyuu|ဖြူ|พยู
          """);

  static final Pool KHMER_FAMILY =
      pool(
          """
          sok|10|sok,sok,sokh|សុខ|
          chea|6|chea,chea,chia|ជា|
          keo|5|keo,keo,kaev,kev|កែវ|
          heng|4|heng,heng,hing|ហេង|
          meas|3|meas,meas,mias|មាស|
          ly|4|ly,ly,lee,li|លី|
          lim|3|lim,lim,lym|លឹម|
          prak|2|prak,prak,prac|ប្រាក់|
          sam|3|sam,sam,samm|សំ|
          seng|3|seng,seng,sengh|សេង|
          touch|2|touch,touch,toch,tuch|ទូច|
          chan|3|chan,chan,chann|ចាន់|
          kong|2|kong,kong,kung|គង់|
          mao|2|mao,mao,mau|ម៉ៅ|
          hun|2|hun,hun,hoon|ហ៊ុន|
          ouk|2|ouk,ouk,uk|អ៊ុក|
          pen|2|pen,pen,pein|ប៉ែន|
          tep|2|tep,tep,teb|ទេព|
          yim|2|yim,yim,yem|យឹម|
          ros|2|ros,ros,ross|រស់|
          khieu|2|khieu,khieu,khiev|ខៀវ|
          long|2|long,long,loung|ឡុង|
          chhim|2|chhim,chhim,chim|ឈឹម|
          nuon|2|nuon,nuon,nuan|នួន|
          phan|2|phan,phan,phann|ផាន|
          kim|2|kim,kim,kym|គីម|
          oum|1|oum,oum,um|អ៊ុំ|
          """);

  static final Pool KHMER_GIVEN =
      pool(
          """
          sophal|4|sophal,sophal,sophall,sopal|សុផល|
          dara|4|dara,dara,darra|ដារា|
          vanna|3|vanna,vanna,vana,wanna|វណ្ណា|
          sokha|4|sokha,sokha,sokhar|សុខា|
          srey|3|srey,srey,srei,sray|ស្រី|
          bopha|3|bopha,bopha,bopa,bophar|បុប្ផា|
          rith|2|rith,rith,rit|រិទ្ធ|
          piseth|2|piseth,piseth,pisith,piset|ពិសិដ្ឋ|
          kosal|2|kosal,kosal,kosol|កុសល|
          sothea|2|sothea,sothea,sotheavy|សុធា|
          nary|2|nary,nary,nari|ណារី|
          vuthy|2|vuthy,vuthy,vuthi,vothy|វុទ្ធី|
          phalla|2|phalla,phalla,phala|ផល្លា|
          sovann|2|sovann,sovann,sovan|សុវណ្ណ|
          mony|2|mony,mony,monny,moni|មុន្នី|
          rathana|2|rathana,rathana,ratana|រតនា|
          chantha|2|chantha,chantha,chanta|ចន្ថា|
          samnang|2|samnang,samnang,samnag|សំណាង|
          thida|2|thida,thida,tida|ធីតា|
          pov|1|pov,pov,pow|ពៅ|
          sreymom|2|sreymom,sreymom,sreimom|ស្រីមុំ|
          leakhena|2|leakhena,leakhena,leakena|លក្ខិណា|
          vibol|2|vibol,vibol,vibul|វិបុល|
          sopheap|2|sopheap,sopheap,sopheab|សុភាព|
          veasna|2|veasna,veasna,veasnar|វាសនា|
          sothy|2|sothy,sothy,sothi|សុធី|
          raksmey|2|raksmey,raksmey,reaksmey|រស្មី|
          theary|2|theary,theary,teary|ធារី|
          makara|2|makara,makara,makkara|មករា|
          narith|2|narith,narith,narit|ណារិទ្ធ|
          kimsour|1|kimsour,kimsour,kimsor|គីមសួរ|
          sokunthea|1|sokunthea,sokunthea,sokunthear|សុគន្ធា|
          """);

  static final Pool LAO_GIVEN =
      pool(
          """
          somphone|4|somphone,somphone,somphon,sompone|ສົມພອນ|
          bounmy|3|bounmy,bounmy,bounmi,bunmi|ບຸນມີ|
          souk|3|souk,souk,suk|ສຸກ|
          khamla|2|khamla,khamla,kham la,khamlaa|ຄຳລາ|
          vilay|3|vilay,vilay,vilai,wilai|ວິໄລ|
          noy|3|noy,noy,noi|ນ້ອຍ|
          keo|2|keo,keo,kaeo|ແກ້ວ|
          chanthy|2|chanthy,chanthy,chanthi|ຈັນທີ|
          sisouk|2|sisouk,sisouk,sisuk|ສີສຸກ|
          thongsy|2|thongsy,thongsy,thongsi|ທອງສີ|
          xay|2|xay,xay,sai,xai|ໄຊ|
          phone|2|phone,phone,phon|ພອນ|
          manivone|1|manivone,manivone,manivon|ມະນີວອນ|
          bounthavy|2|bounthavy,bounthavy,bounthavi|ບຸນທະວີ|
          khamphone|2|khamphone,khamphone,khamphon|ຄຳພອນ|
          souksavanh|2|souksavanh,souksavanh,souksavan|ສຸກສະຫວັນ|
          vanh|2|vanh,vanh,van|ວັນ|
          dao|2|dao,dao,daow|ດາວ|
          malee|2|malee,malee,mali|ມາລີ|
          seng|2|seng,seng,saeng|ແສງ|
          bouasone|2|bouasone,bouasone,buasone|ບົວສອນ|
          somsak|2|somsak,somsak,somsack|ສົມສັກ|
          latsamy|1|latsamy,latsamy,latsami|ລັດສະໝີ|
          viengkham|1|viengkham,viengkham,vienkham|ວຽງຄຳ|
          sengphet|1|sengphet,sengphet,sengpheth|ແສງເພັດ|
          outhai|1|outhai,outhai,uthai|ອຸໄທ|
          phetsamone|1|phetsamone,phetsamone,phetsamon|ເພັດສະໝອນ|
          """);

  static final Pool LAO_FAMILY =
      pool(
          """
          phommavong|3|phommavong,phommavong,phomavong|ພົມມະວົງ|
          sisavath|3|sisavath,sisavath,sisavat|ສີສະຫວາດ|
          keomany|2|keomany,keomany,keomani|ແກ້ວມະນີ|
          vongsa|3|vongsa,vongsa,wongsa|ວົງສາ|
          inthavong|2|inthavong,inthavong,intavong|ອິນທະວົງ|
          chanthavong|2|chanthavong,chanthavong,chantavong|ຈັນທະວົງ|
          douangpanya|1|douangpanya,douangpanya,duangpanya|ດວງປັນຍາ|
          souvannavong|1|souvannavong,souvannavong,suvannavong|ສຸວັນນະວົງ|
          xayavong|2|xayavong,xayavong,sayavong|ໄຊຍະວົງ|
          sengdara|2|sengdara,sengdara,saengdara|ແສງດາລາ|
          vilaysack|2|vilaysack,vilaysack,vilaysak|ວິໄລສັກ|
          phanthavong|2|phanthavong,phanthavong,phantavong|ພັນທະວົງ|
          sayasith|2|sayasith,sayasith,xayasith|ໄຊຍະສິດ|
          keovilay|2|keovilay,keovilay,kaeovilay|ແກ້ວວິໄລ|
          bounphasouk|1|bounphasouk,bounphasouk,bounphasuk|ບຸນພາສຸກ|
          thammavong|2|thammavong,thammavong,tammavong|ທຳມະວົງ|
          phimmasone|1|phimmasone,phimmasone,phimmason|ພິມມະສອນ|
          vongphachanh|1|vongphachanh,vongphachanh,vongphachan|ວົງພະຈັນ|
          khounphakdy|1|khounphakdy,khounphakdy,khounphakdi|ຄຸນພັກດີ|
          sihavong|1|sihavong,sihavong,sihawong|ສີຫາວົງ|
          """);

  static final Pool VIETNAMESE_FAMILY =
      pool(
          """
          nguyen|12|Nguyễn,Nguyen,Nguyen,Ngyuen|Nguyễn|
          tran|4|Trần,Tran,Tran|Trần|
          le|3|Lê,Le,Le|Lê|
          pham|2|Phạm,Pham,Pham|Phạm|
          hoang|2|Hoàng,Hoang,Hoang|Hoàng|
          huynh|1|Huỳnh,Huynh,Huynh|Huỳnh|
          vu|1|Vũ,Vu,Vu|Vũ|
          dang|1|Đặng,Dang,Dang|Đặng|
          bui|1|Bùi,Bui,Bui|Bùi|
          do|1|Đỗ,Do,Do|Đỗ|
          ho|1|Hồ,Ho,Ho|Hồ|
          ngo|1|Ngô,Ngo,Ngo|Ngô|
          duong|1|Dương,Duong,Duong|Dương|
          ly|1|Lý,Ly,Ly|Lý|
          truong|1|Trương,Truong,Truong|Trương|
          """);

  static final Pool VIETNAMESE_MIDDLE =
      pool(
          """
          van|6|Văn,Van,Van|Văn|
          thi|6|Thị,Thi,Thi|Thị|
          duc|1|Đức,Duc,Duc|Đức|
          minh|2|Minh,Minh|Minh|
          huu|1|Hữu,Huu,Huu|Hữu|
          ngoc|1|Ngọc,Ngoc,Ngoc|Ngọc|
          """);

  static final Pool VIETNAMESE_GIVEN =
      pool(
          """
          anh|3|Anh,Anh|Anh|
          hung|3|Hùng,Hung,Hung|Hùng|
          dung|2|Dũng,Dung,Dung|Dũng|
          tuan|2|Tuấn,Tuan,Tuan|Tuấn|
          huong|2|Hương,Huong,Huong|Hương|
          lan|2|Lan,Lan|Lan|
          linh|2|Linh,Linh|Linh|
          hai|2|Hải,Hai,Hai|Hải|
          nam|3|Nam,Nam|Nam|
          phuong|2|Phương,Phuong,Phuong|Phương|
          thao|2|Thảo,Thao,Thao|Thảo|
          trang|2|Trang,Trang|Trang|
          hoa|2|Hoa,Hoa|Hoa|
          long|2|Long,Long|Long|
          son|2|Sơn,Son,Son|Sơn|
          thanh|2|Thành,Thanh,Thanh|Thành|
          cuong|2|Cường,Cuong,Cuong|Cường|
          binh|2|Bình,Binh,Binh|Bình|
          mai|2|Mai,Mai|Mai|
          duc|2|Đức,Duc,Duc|Đức|
          tam|2|Tâm,Tam,Tam|Tâm|
          vy|2|Vy,Vy|Vy|
          quan|2|Quân,Quan,Quan|Quân|
          khanh|2|Khánh,Khanh,Khanh|Khánh|
          hieu|2|Hiếu,Hieu,Hieu|Hiếu|
          ngan|2|Ngân,Ngan,Ngan|Ngân|
          thuy|2|Thủy,Thuy,Thuy|Thủy|
          loan|2|Loan,Loan|Loan|
          tien|2|Tiến,Tien,Tien|Tiến|
          phong|2|Phong,Phong|Phong|
          """);

  private NamePools() {}

  private static Pool pool(String table) {
    List<Part> parts = new ArrayList<>();
    for (String line : table.strip().split("\n")) {
      String[] cells = line.strip().split("\\|", -1);
      parts.add(
          new Part(
              cells[0],
              Integer.parseInt(cells[1]),
              List.of(cells[2].split(",")),
              cells[3],
              cells.length > 4 && !cells[4].isEmpty() ? cells[4] : null));
    }
    return new Pool(parts);
  }
}
